/**
 * `npm run match:eval`: how well the archive matching finds what was checked before. Seeds a
 * scratch database (a database of its own on DATABASE_URL's server, else an in-memory embedded
 * one) with the pair set (data/matching/pairs.jsonl: each query claim's match and its hard
 * distractors, as newsroom claims or external fact-checks), runs the real findMatches for every
 * query claim, and reports precision at 1 and recall at 5 per kind (de, en, cross), dev and test apart,
 * and how many matches the panel's minimum score would hide.
 * Usage: npm run match:eval [-- --pairs file.jsonl] [--split dev|test] [--verbose]
 * `--split dev` seeds the dev pairs alone and prints their figures: while tuning, neither a test
 * pair's result nor a test text among a dev query's candidates is seen. A run that measures the
 * test split seeds every split, so that test queries meet the whole archive as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ClaimType } from '@/generated/prisma/enums';
import { applyMigrations } from '@/lib/database/migrate';
import { createThrowawayDatabase } from '@/lib/database/throwaway-database';
import { MIN_MATCH_SCORE } from '@/lib/matching/rank-matches';
import { runCli } from './support/run-cli';

const DEFAULT_PAIRS = path.resolve(process.cwd(), 'data/matching/pairs.jsonl');
const KINDS = ['de', 'en', 'cross'] as const;
const SPLITS = ['dev', 'test'] as const;
type Split = (typeof SPLITS)[number];
const TARGETS = { sameP1: 0.9, sameR5: 0.95, crossR5: 0.7 };

const item = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  language: z.string().min(2),
  date: z.string().optional(),
  as: z.enum(['claim', 'factcheck']).default('claim'),
});
const pairSchema = z.object({
  id: z.string().min(1),
  split: z.enum(SPLITS),
  kind: z.enum(KINDS),
  query: item.omit({ id: true, as: true }),
  match: item,
  distractors: z.array(item.extend({ hard: z.string().optional() })).default([]),
});
type Pair = z.infer<typeof pairSchema>;
type ArchiveItem = z.infer<typeof item>;

function readPairs(file: string): Pair[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const parsed = pairSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    return [parsed.data];
  });
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const dateOf = (value: string | undefined) => (value ? new Date(value) : null);
const share = (hits: number, total: number) => (total ? (hits / total).toFixed(2) : '–');

async function seedAndRun(pairs: Pair[]) {
  const [{ db }, { matchTextOf }, { claimMatchKeys }, { findMatches }, { candidateKey }] = await Promise.all([
    import('@/lib/db'),
    import('@/lib/matching/match-text-of'),
    import('@/lib/server/claims/claim-match-keys'),
    import('@/lib/server/matching/find-matches'),
    import('@/lib/server/matching/archive-key'),
  ]);
  const editor = await db.user.create({ data: { email: 'eval@factdesk.example', name: 'Eval Editor', passwordHash: 'unused', role: 'EDITOR' }, select: { id: true, role: true } });
  const archiveArticles = new Map<string, string>();
  const articleFor = async (language: string, key: string, date: Date | null) => {
    const article = await db.article.create({
      data: { title: `Eval ${key}`, language, body: '', createdById: editor.id, extractionStatus: 'DONE', publishedAt: date },
      select: { id: true },
    });
    return article.id;
  };
  const readingOf = (text: string, language: string, date: Date | null) => {
    const reading = matchTextOf(text, language, date);
    return {
      quantities: reading.quantities as object[],
      entities: reading.entities as object[],
      type: (reading.type ?? 'other').toUpperCase() as ClaimType,
      ...claimMatchKeys(reading),
    };
  };
  const seeded = new Map<string, string>();
  const seedArchiveItem = async (entry: ArchiveItem) => {
    if (seeded.has(entry.id)) return seeded.get(entry.id) as string;
    const date = dateOf(entry.date);
    const reading = readingOf(entry.text, entry.language, date);
    let key: string;
    if (entry.as === 'factcheck') {
      const row = await db.externalFactCheck.create({
        data: {
          url: `https://factchecks.example/${encodeURIComponent(entry.id)}`,
          claimReviewed: entry.text,
          language: entry.language,
          ratingLabel: 'False',
          authorName: 'Eval Outlet',
          reviewDate: date,
          ...reading,
        },
        select: { id: true },
      });
      key = candidateKey('factcheck', row.id);
    } else {
      // One article per language and publication day: the newsroom's archive, none of them a query's article.
      const articleKey = `${entry.language}-${entry.date ?? 'undated'}`;
      if (!archiveArticles.has(articleKey)) archiveArticles.set(articleKey, await articleFor(entry.language, articleKey, date));
      const row = await db.claim.create({
        data: {
          articleId: archiveArticles.get(articleKey) as string,
          text: entry.text,
          startOffset: 0,
          endOffset: entry.text.length,
          score: 0.9,
          reasons: [],
          status: 'APPROVED',
          ratingId: 'rating-false',
          ...reading,
        },
        select: { id: true },
      });
      key = candidateKey('claim', row.id);
    }
    seeded.set(entry.id, key);
    return key;
  };

  const queries: Array<{ pair: Pair; claimId: string; expected: string }> = [];
  for (const pair of pairs) {
    const expected = await seedArchiveItem(pair.match);
    for (const distractor of pair.distractors) await seedArchiveItem(distractor);
    const date = dateOf(pair.query.date);
    // A query is a candidate in its own article: outside the archive of the other queries.
    const claim = await db.claim.create({
      data: {
        articleId: await articleFor(pair.query.language, pair.id, date),
        text: pair.query.text,
        startOffset: 0,
        endOffset: pair.query.text.length,
        score: 0.9,
        reasons: [],
        status: 'CANDIDATE',
        ...readingOf(pair.query.text, pair.query.language, date),
      },
      select: { id: true },
    });
    queries.push({ pair, claimId: claim.id, expected });
  }
  // The candidate query reads which terms are rare from the statistics, as it does in production.
  await db.$executeRawUnsafe('ANALYZE');

  const results = [];
  for (const query of queries) {
    // Every candidate ranked, so that a miss tells whether the query found it at all.
    const matches = await findMatches(editor, query.claimId, { limit: 1000, now: dateOf(query.pair.query.date) ?? undefined });
    const keys = matches.map((match) => match.key);
    const rank = keys.indexOf(query.expected) + 1;
    results.push({ pair: query.pair, top1: rank === 1, top5: rank >= 1 && rank <= 5, rank, best: matches[0], goldScore: rank ? (matches[rank - 1]?.score ?? null) : null, otherScores: matches.slice(0, 5).filter((match) => match.key !== query.expected).map((match) => match.score) });
  }
  await db.$disconnect();
  return results;
}

async function main(): Promise<number> {
  const file = path.resolve(option('pairs') ?? DEFAULT_PAIRS);
  if (!fs.existsSync(file)) throw new Error(`No pair set at ${file} (match-core's data/matching/pairs.jsonl).`);
  const pairs = readPairs(file);
  const database = await createThrowawayDatabase('match_eval', process.env.DATABASE_URL);
  try {
    await applyMigrations(database.url, database.kind);
    process.env.DATABASE_URL = database.url;
    const started = performance.now();
    const splitOption = option('split');
    if (splitOption !== undefined && !SPLITS.includes(splitOption as Split)) throw new Error(`--split is one of ${SPLITS.join(', ')}, not ${splitOption}`);
    const shown: readonly Split[] = splitOption ? [splitOption as Split] : SPLITS;
    const seededPairs = shown.includes('test') ? pairs : pairs.filter((pair) => shown.includes(pair.split));
    const results = (await seedAndRun(seededPairs)).filter((result) => shown.includes(result.pair.split));
    console.log(`match:eval — ${seededPairs.length} pairs from ${path.relative(process.cwd(), file)}, ${database.kind} database, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    console.log('| split | kind  |   n | P@1  | R@5  |');
    console.log('| ----- | ----- | --: | ---- | ---- |');
    const summary: Record<string, { p1: number; r5: number; n: number }> = {};
    for (const split of shown) {
      for (const kind of KINDS) {
        const rows = results.filter((result) => result.pair.split === split && result.pair.kind === kind);
        const p1 = rows.filter((row) => row.top1).length;
        const r5 = rows.filter((row) => row.top5).length;
        summary[`${split}-${kind}`] = { p1: rows.length ? p1 / rows.length : NaN, r5: rows.length ? r5 / rows.length : NaN, n: rows.length };
        console.log(`| ${split.padEnd(5)} | ${kind.padEnd(5)} | ${String(rows.length).padStart(3)} | ${share(p1, rows.length).padEnd(4)} | ${share(r5, rows.length).padEnd(4)} |`);
      }
    }
    // Batches of pairs, by the id's first part ("d3" of "d3-de-01"): whether a change helps the pairs written after it as well.
    const batches = [...new Set(results.map((result) => `${result.pair.split} ${result.pair.kind} ${result.pair.id.split('-')[0]}`))].sort();
    console.log(`\nBy batch: ${batches
      .map((batch) => {
        const rows = results.filter((result) => `${result.pair.split} ${result.pair.kind} ${result.pair.id.split('-')[0]}` === batch);
        return `${batch} P@1 ${share(rows.filter((row) => row.top1).length, rows.length)} (${rows.length})`;
      })
      .join('; ')}`);
    const missed = results.filter((result) => !result.top5).map((result) => `${result.pair.id} (${result.rank ? `rank ${result.rank}` : 'not found'})`);
    if (missed.length) console.log(`\nNot in the top 5: ${missed.join(', ')}`);
    if (process.argv.includes('--verbose')) {
      for (const result of results.filter((entry) => !entry.top1 && entry.pair.split === 'dev')) {
        console.log(`\n${result.pair.id} (${result.rank ? `rank ${result.rank}` : 'not found'}): ${result.pair.query.text}\n  wanted: ${result.pair.match.text}\n  first:  ${result.best?.text ?? '–'} (${result.best?.score.toFixed(2)})`);
      }
    }
    console.log(`\nThe panel's minimum score (MIN_MATCH_SCORE, lib/matching/rank-matches.ts): ${MIN_MATCH_SCORE}`);
    for (const split of shown) {
      const inSplit = results.filter((result) => result.pair.split === split);
      const below = inSplit.filter((result) => result.top5 && (result.goldScore ?? 0) < MIN_MATCH_SCORE);
      const others = inSplit.flatMap((result) => result.otherScores);
      const dropped = others.filter((score) => score < MIN_MATCH_SCORE).length;
      console.log(
        `${split}: ${below.length} of ${inSplit.filter((result) => result.top5).length} matches in the top 5 fall below it${below.length ? ` (${below.map((result) => `${result.pair.id} ${result.goldScore?.toFixed(3)}`).join(', ')})` : ''}; it hides ${dropped} of ${others.length} other texts in the top 5`,
      );
    }
    const meets = (split: string) => {
      const same = ['de', 'en'].every((kind) => {
        const row = summary[`${split}-${kind}`];
        return !row || row.n === 0 || (row.p1 >= TARGETS.sameP1 && row.r5 >= TARGETS.sameR5);
      });
      const cross = summary[`${split}-cross`];
      return same && (!cross || cross.n === 0 || cross.r5 >= TARGETS.crossR5);
    };
    const line = (split: string) =>
      `${split}: de P@1 ${summary[`${split}-de`]?.p1.toFixed(2)} R@5 ${summary[`${split}-de`]?.r5.toFixed(2)}, en P@1 ${summary[`${split}-en`]?.p1.toFixed(2)} R@5 ${summary[`${split}-en`]?.r5.toFixed(2)}, cross R@5 ${summary[`${split}-cross`]?.r5.toFixed(2)} (${meets(split) ? 'targets met' : 'targets missed'})`;
    console.log(`\nSummary — ${[...shown].reverse().map(line).join('; ')}. Targets: same language P@1 ≥ ${TARGETS.sameP1}, R@5 ≥ ${TARGETS.sameR5}; cross-language R@5 ≥ ${TARGETS.crossR5}.`);
    return 0;
  } finally {
    await database.drop();
  }
}

runCli(main);
