/**
 * Matching one claim against a newsroom's archive: 200,000 claims and 50,000 external fact-checks
 * on the PostgreSQL server, findMatches (the candidate query, the ranking and what the panel shows)
 * for many claims, next to the bare candidate SQL sent through pg in the same run, and the triage
 * list's marks (listStrongMatches) for articles of 50 claims.
 * Usage: npm run bench:match [-- --claims 200000 --fact-checks 50000 --runs 300]   (target: findMatches p95 ≤ 50 ms)
 * Seeds a database of its own on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres) and drops it
 * afterwards; `--keep` keeps it (and prints its address), `--reuse <address>` measures a database seeded so before.
 */
import pg from 'pg';
import { applyMigrations } from '../lib/database/migrate';
import { createThrowawayDatabase } from '../lib/database/throwaway-database';
import { SESSION_OPTIONS } from '../lib/database/session-options';
import { MATCH_KEYS_VERSION } from '../lib/matching/match-keys';
import { runCli } from '../scripts/support/run-cli';
import { benchSentence, randomFrom, type BenchLanguage } from './match-archive';

const TARGET_P95_MS = 50;
const TRIAGE_TARGET_P95_MS = 200;
const DEFAULT_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';
/** Distinct sentences the extractor reads; rows share their figures and names with tails of their own. */
const SENTENCES_PER_LANGUAGE = 15_000;
const CLAIMS_PER_ARTICLE = 100;
const TRIAGE_CLAIMS = 50;
const INSERT_SLICE = 5_000;
const WARM_UP = 20;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
  return value;
}

interface Reading {
  template: (fill: () => number) => string;
  language: BenchLanguage;
  quantities: unknown[];
  entities: unknown[];
  type: string;
  keys: string[];
}

/** Sentences read once by the real extractor, with the keys the app would store for them. */
async function readSentences(seed: number): Promise<Record<BenchLanguage, Reading[]>> {
  const { extractClaims } = await import('../lib/claims/extract-claims');
  const { claimMatchKeys } = await import('../lib/server/claims/claim-match-keys');
  const random = randomFrom(seed);
  const read = (language: BenchLanguage): Reading[] =>
    Array.from({ length: SENTENCES_PER_LANGUAGE }, () => {
      const template = benchSentence(random, language);
      const text = template(random);
      const claim = extractClaims(text, { language, minScore: 0 }).claims[0];
      const quantities = claim?.quantities ?? [];
      const entities = claim?.entities ?? [];
      return {
        template,
        language,
        quantities,
        entities,
        type: (claim?.type ?? 'other').toUpperCase(),
        keys: claimMatchKeys({ text, language, quantities, entities }).matchKeys,
      };
    });
  return { de: read('de'), en: read('en') };
}

const STATUSES: ReadonlyArray<[string, number]> = [
  ['PUBLISHED', 0.25], ['APPROVED', 0.3], ['IN_RESEARCH', 0.08], ['ASSIGNED', 0.07], ['OPEN', 0.1], ['IN_REVIEW', 0.03], ['CANDIDATE', 0.12], ['REJECTED', 0.05],
];
const RATINGS = ['rating-true', 'rating-mostly-true', 'rating-missing-context', 'rating-partly-false', 'rating-mostly-false', 'rating-false'];

function status(random: () => number): string {
  let roll = random();
  for (const [name, share] of STATUSES) {
    roll -= share;
    if (roll < 0) return name;
  }
  return 'APPROVED';
}

async function insertRows(client: pg.Client, sql: string, rows: unknown[], keysVersion: number): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_SLICE) {
    await client.query(sql, [JSON.stringify(rows.slice(start, start + INSERT_SLICE)), keysVersion]);
  }
}

async function seed(url: string, claims: number, factChecks: number): Promise<void> {
  const started = performance.now();
  const [archive, external] = [await readSentences(11), await readSentences(29)];
  console.log(`Read ${4 * SENTENCES_PER_LANGUAGE} sentences with the claim extractor in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const random = randomFrom(7);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
      SELECT 'bench-user-' || n, 'bench' || n || '@bench.example', 'Bench ' || n, 'x', CASE WHEN n <= 2 THEN 'EDITOR' ELSE 'FACT_CHECKER' END::"Role", now()
      FROM generate_series(1, 12) AS n`);
    const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
    await client.query(
      `INSERT INTO "Article" (id, title, language, body, "createdById", "extractionStatus", "publishedAt", "updatedAt")
       SELECT 'bench-article-' || n, 'Article ' || n, CASE WHEN n % 2 = 0 THEN 'de' ELSE 'en' END, '', 'bench-user-1', 'DONE',
              now() - make_interval(days => (n % 1800)), now()
       FROM generate_series(0, $1::int - 1) AS n`,
      [articles],
    );
    const claimRows = Array.from({ length: claims }, (_, index) => {
      const articleIndex = Math.floor(index / CLAIMS_PER_ARTICLE);
      const language: BenchLanguage = articleIndex % 2 === 0 ? 'de' : 'en';
      const reading = archive[language][Math.floor(random() * SENTENCES_PER_LANGUAGE)] as Reading;
      const text = reading.template(random);
      const state = status(random);
      const rated = ['PUBLISHED', 'APPROVED', 'IN_REVIEW'].includes(state);
      const assigned = !['OPEN', 'CANDIDATE', 'REJECTED'].includes(state);
      return {
        id: `bench-claim-${index}`,
        article_id: `bench-article-${articleIndex}`,
        text,
        type: reading.type,
        quantities: reading.quantities,
        entities: reading.entities,
        status: state,
        assignee_id: assigned ? `bench-user-${3 + Math.floor(random() * 10)}` : null,
        rating_id: rated ? RATINGS[Math.floor(random() * RATINGS.length)] : null,
        keys: reading.keys,
      };
    });
    await insertRows(
      client,
      `INSERT INTO "Claim" (id, "articleId", text, "startOffset", "endOffset", type, score, reasons, quantities, entities, status, "assigneeId", "ratingId", "matchKeys", "matchKeysVersion", "updatedAt")
       SELECT r.id, r.article_id, r.text, 0, length(r.text), r.type::"ClaimType", 0.8, '[]', r.quantities, r.entities, r.status::"ClaimStatus", r.assignee_id, r.rating_id, r.keys, $2::int, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, article_id text, text text, type text, quantities jsonb, entities jsonb, status text, assignee_id text, rating_id text, keys text[])`,
      claimRows,
      MATCH_KEYS_VERSION,
    );
    const factCheckRows = Array.from({ length: factChecks }, (_, index) => {
      const language: BenchLanguage = random() < 0.5 ? 'de' : 'en';
      const reading = external[language][Math.floor(random() * SENTENCES_PER_LANGUAGE)] as Reading;
      return {
        id: `bench-factcheck-${index}`,
        url: `https://factchecks.example/${language}/${index}`,
        text: reading.template(random),
        language,
        rating: ['Falsch', 'False', 'Richtig', 'True', 'Misleading', 'Irreführend'][index % 6],
        author: `Outlet ${index % 40}`,
        days: Math.floor(random() * 3000),
        type: reading.type,
        quantities: reading.quantities,
        entities: reading.entities,
        keys: reading.keys,
      };
    });
    await insertRows(
      client,
      `INSERT INTO "ExternalFactCheck" (id, url, "claimReviewed", language, "ratingLabel", "authorName", "reviewDate", type, quantities, entities, "matchKeys", "matchKeysVersion")
       SELECT r.id, r.url, r.text, r.language, r.rating, r.author, now() - make_interval(days => r.days), r.type::"ClaimType", r.quantities, r.entities, r.keys, $2::int
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, url text, text text, language text, rating text, author text, days int, type text, quantities jsonb, entities jsonb, keys text[])`,
      factCheckRows,
      MATCH_KEYS_VERSION,
    );
    // The state a live archive is in: GIN indexes' pending entries merged, statistics current.
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  console.log(`Seeded ${claims} claims and ${factChecks} external fact-checks in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function measure(url: string, claims: number, runs: number): Promise<boolean> {
  process.env.DATABASE_URL = url;
  const [{ db }, { findMatches }, { listStrongMatches }, { listMatchSubjects }, { matchCandidatesSql }, { DEFAULT_CANDIDATES }] = await Promise.all([
    import('../lib/db'),
    import('../lib/server/matching/find-matches'),
    import('../lib/server/matching/list-strong-matches'),
    import('../lib/server/matching/list-match-subjects'),
    import('../lib/server/matching/match-candidates-sql'),
    import('../lib/server/matching/find-match-candidates'),
  ]);
  const { findTermFrequencies } = await import('../lib/server/matching/find-term-frequencies');
  const editor = { id: 'bench-user-1', role: 'EDITOR' as const };
  const checker = { id: 'bench-user-3', role: 'FACT_CHECKER' as const };
  const random = randomFrom(99);
  const pool = new pg.Pool({ connectionString: url, max: 2, options: SESSION_OPTIONS });
  const timings = { findMatches: [] as number[], bareSql: [] as number[], factChecker: [] as number[], triage: [] as number[] };
  let found = 0;
  // The fact-checker matches claims they may see: open ones and their own.
  const visible = (
    await pool.query<{ id: string }>(`SELECT id FROM "Claim" WHERE status = 'OPEN' OR "assigneeId" = $1 ORDER BY id LIMIT 2000`, [checker.id])
  ).rows.map((row) => row.id);
  try {
    for (let run = 0; run < WARM_UP + runs; run++) {
      const claimId = `bench-claim-${Math.floor(random() * claims)}`;
      // Built outside the timing, as the app builds it before sending.
      const [subject] = await listMatchSubjects(editor, [claimId]);
      if (!subject) throw new Error(`${claimId} is missing`);
      // The bare SQL: the candidate query as findMatches builds it, sent through pg.
      const bare = matchCandidatesSql(subject.subject, editor, await findTermFrequencies(), DEFAULT_CANDIDATES);
      let started = performance.now();
      await pool.query(bare.text, bare.values);
      const bareMs = performance.now() - started;
      started = performance.now();
      const matches = await findMatches(editor, claimId);
      const matchMs = performance.now() - started;
      started = performance.now();
      await findMatches(checker, visible[Math.floor(random() * visible.length)] ?? claimId);
      const checkerMs = performance.now() - started;
      const article = Math.floor(random() * Math.ceil(claims / 100));
      const ids = Array.from({ length: TRIAGE_CLAIMS }, (_, index) => `bench-claim-${Math.min(claims - 1, article * 100 + index)}`);
      started = performance.now();
      await listStrongMatches(editor, ids);
      const triageMs = performance.now() - started;
      if (run < WARM_UP) continue;
      if (matches.length > 0) found += 1;
      timings.bareSql.push(bareMs);
      timings.findMatches.push(matchMs);
      timings.factChecker.push(checkerMs);
      timings.triage.push(triageMs);
    }
  } finally {
    await pool.end();
    await db.$disconnect();
  }
  const p95 = percentile(timings.findMatches, 0.95);
  const triageP95 = percentile(timings.triage, 0.95);
  console.log(`claims matched: ${runs} (${found} with at least one match)`);
  console.log(`findMatches p50: ${ms(percentile(timings.findMatches, 0.5))}`);
  console.log(`findMatches p95: ${ms(p95)} (target ≤ ${TARGET_P95_MS} ms)`);
  console.log(`bare candidate SQL p50: ${ms(percentile(timings.bareSql, 0.5))}`);
  console.log(`bare candidate SQL p95: ${ms(percentile(timings.bareSql, 0.95))}`);
  console.log(`findMatches as a fact-checker p50: ${ms(percentile(timings.factChecker, 0.5))}`);
  console.log(`findMatches as a fact-checker p95: ${ms(percentile(timings.factChecker, 0.95))}`);
  console.log(`listStrongMatches for ${TRIAGE_CLAIMS} claims p50: ${ms(percentile(timings.triage, 0.5))}`);
  console.log(`listStrongMatches for ${TRIAGE_CLAIMS} claims p95: ${ms(triageP95)} (the triage page's whole budget is p95 ≤ ${TRIAGE_TARGET_P95_MS} ms)`);
  return p95 <= TARGET_P95_MS;
}

async function main(): Promise<number> {
  const claims = option('claims', 200_000);
  const factChecks = option('fact-checks', 50_000);
  const runs = option('runs', 300);
  const reuse = process.argv[process.argv.indexOf('--reuse') + 1];
  if (process.argv.includes('--reuse') && reuse) {
    const met = await measure(reuse, claims, runs);
    console.log(met ? 'bench:match: target met.' : 'bench:match: target missed.');
    return 0;
  }
  const database = await createThrowawayDatabase('bench_match', process.env.DATABASE_URL ?? DEFAULT_SERVER);
  try {
    await applyMigrations(database.url, database.kind);
    await seed(database.url, claims, factChecks);
    const met = await measure(database.url, claims, runs);
    console.log(met ? 'bench:match: target met.' : 'bench:match: target missed.');
    return 0;
  } finally {
    if (process.argv.includes('--keep')) console.log(`Kept the database: ${database.url}`);
    else await database.drop();
  }
}

runCli(main);
