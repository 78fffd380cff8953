/**
 * The desk's pages on a newsroom's worth of data: 10,000 articles and 200,000 claims, seeded in
 * bulk. Under the production server (as `npm start` runs it), signed in as an editor, autocannon (20 connections, 30 s each) measures
 * the claims table (filtered and paged), the article page of a 50-claim article and a claim page.
 * Each page is first requested on its own with the query log on (FACTDESK_QUERY_LOG) to count its
 * SQL statements; those statements are then run straight through `pg`, alone and under the same
 * 20-client load, as the floor under the page's time. Each page is also timed on one connection
 * (its own time, without queueing) and the server's CPU time per request under load is reported
 * (on Linux); for scale, the server's /api/health and its lightest page (/unavailable) under the same load.
 * Usage: npm run bench:load [-- --keep] [-- --show-sql]   (--show-sql prints each page's statements)
 * Targets per page: p95 <= 200 ms, <= 6 queries per request, p50 <= 5x its bare SQL under the same load.
 * Database: DATABASE_URL's (empty, or filled by an earlier bench:load), else its own
 * factdesk_bench_load on 127.0.0.1:5432, created afresh and dropped afterwards (`--keep` keeps it).
 */
import '../scripts/support/load-env';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../lib/database/migrate';
import { readQueryLog, type LoggedQuery } from '../lib/database/query-log';
import { runCli } from '../scripts/support/run-cli';
import { ARTICLES, BENCH_ARTICLE_ID, BENCH_EDITOR_EMAIL, BENCH_PASSWORD, CLAIMS, SEED_MARKER, seedLoadData } from './support/load-seed';
import { CONNECTIONS, measureLoad, type LoadMeasurement } from './support/measure-load';
import { startProductionApp } from './support/production-app';
import { processTree, statOf } from '../scripts/support/process-tree';
import { measureBareSql, type SqlMeasurement } from './support/replay-sql';
import { signInCookie } from './support/sign-in';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 30);
const SQL_DURATION_S = Math.min(10, DURATION_S);
const WARM_UP_S = 3;
/** One connection at a time: each page's own time, without waiting behind the other 19. */
const SINGLE_S = 5;
const TARGET_P95_MS = 200;
const TARGET_QUERIES = 6;
const TARGET_RATIO = 5;
const OWN_DATABASE = 'factdesk_bench_load';
const LOCAL_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

const PAGES = ['claims-table', 'article-page', 'claim-page'] as const;
type Page = (typeof PAGES)[number];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL's database, or a fresh one of our own on the local server. */
async function openBenchDatabase(keep: boolean): Promise<{ url: string; drop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, drop: async () => {} };
  const onServer = (statement: string) =>
    withClient(LOCAL_SERVER, (client) => client.query(statement)).catch((error: unknown) => {
      throw new Error(`bench:load needs PostgreSQL: set DATABASE_URL, or run a server at 127.0.0.1:5432 (${error instanceof Error ? error.message : error})`);
    });
  await onServer(`DROP DATABASE IF EXISTS "${OWN_DATABASE}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${OWN_DATABASE}"`);
  const url = new URL(LOCAL_SERVER);
  url.pathname = `/${OWN_DATABASE}`;
  return { url: url.toString(), drop: () => (keep ? Promise.resolve() : onServer(`DROP DATABASE IF EXISTS "${OWN_DATABASE}" WITH (FORCE)`).then(() => {})) };
}

/**
 * Seeds an empty database (after migrating it) or reuses an earlier run's seed (migrating it to
 * any new migration); refuses, before touching it, a database holding anyone else's data.
 */
async function prepareData(url: string): Promise<void> {
  const state = await withClient(url, async (client) => {
    const { rows } = await client.query<{ tables: number }>(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
    if (!rows[0]?.tables) return 'empty';
    const found = await client.query<{ factdesk: boolean; marker: string | null }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AND to_regclass('"User"') IS NOT NULL AND to_regclass('"Article"') IS NOT NULL AS factdesk,
              obj_description(to_regclass('"Claim"'), 'pg_class') AS marker`,
    );
    const { factdesk, marker } = found.rows[0] ?? {};
    if (marker === SEED_MARKER) return 'seeded';
    const counts = factdesk
      ? (await client.query<{ rows: number }>(`SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Article") AS rows`)).rows[0]
      : undefined;
    if (!factdesk || Number(counts?.rows) > 0) {
      throw new Error('The database DATABASE_URL names holds data bench:load did not put there. Give it an empty database (bench:load fills it).');
    }
    return 'empty';
  });
  await applyMigrations(url, 'server');
  if (state === 'seeded') return console.log('Reusing the seed an earlier bench:load left in this database.');
  console.log(`Seeding ${ARTICLES} articles and ${CLAIMS} claims…`);
  const started = performance.now();
  await withClient(url, (client) => seedLoadData(client, (line) => console.log(line)));
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

/** The three addresses: a filtered, sorted, paged claims table, the 50-claim article, and its busiest claim in review. */
async function findTargets(url: string): Promise<Record<Page, string>> {
  const claim = await withClient(url, (client) =>
    client.query<{ id: string }>(
      `SELECT c.id FROM "Claim" c WHERE c."articleId" = $1 AND c.status = 'IN_REVIEW'
       ORDER BY (SELECT count(*) FROM "Source" s WHERE s."claimId" = c.id) + (SELECT count(*) FROM "Note" n WHERE n."claimId" = c.id) DESC, c.id LIMIT 1`,
      [BENCH_ARTICLE_ID],
    ),
  );
  const claimId = claim.rows[0]?.id;
  if (!claimId) throw new Error(`No claim in review on ${BENCH_ARTICLE_ID}`);
  return {
    'claims-table': '/claims?status=ASSIGNED,IN_RESEARCH,RETURNED&sort=due&dir=asc&page=3',
    'article-page': `/articles/${BENCH_ARTICLE_ID}`,
    'claim-page': `/claims/${claimId}`,
  };
}

async function fetchPage(url: string, cookie: string): Promise<void> {
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}${response.headers.get('location') ? ` (to ${response.headers.get('location')})` : ''}`);
}

/**
 * Each page requested on its own, twice, with every SQL statement logged: the statements of
 * the second request (the first may fill per-process caches) are the page's.
 */
async function captureQueries(url: string, targets: Record<Page, string>, show: boolean): Promise<Record<Page, LoggedQuery[]>> {
  const logFile = path.join(os.tmpdir(), `factdesk-bench-load-${process.pid}.jsonl`);
  const app = await startProductionApp(url, { FACTDESK_QUERY_LOG: logFile });
  try {
    const cookie = await signInCookie(app.url, BENCH_EDITOR_EMAIL, BENCH_PASSWORD);
    const captured = {} as Record<Page, LoggedQuery[]>;
    for (const page of PAGES) {
      const counts: number[] = [];
      for (let run = 0; run < 2; run++) {
        const offset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
        await fetchPage(app.url + targets[page], cookie);
        captured[page] = readQueryLog(logFile, offset);
        counts.push(captured[page].length);
      }
      if (counts[0] !== counts[1]) console.log(`(${page}: ${counts.join(' then ')} statements; the second counts)`);
      if (show) for (const query of captured[page]) console.log(`${page} ${query.durationMs.toFixed(1)} ms: ${query.sql} ${JSON.stringify(query.params)}`);
    }
    return captured;
  } finally {
    await app.stop();
    fs.rmSync(logFile, { force: true });
  }
}

interface PageResult {
  load: LoadMeasurement;
  queries: number;
  sql: SqlMeasurement;
}

/**
 * CPU time (user + system) a process and its workers have used, from /proc; undefined elsewhere.
 * Per request, it is the page's own cost, which waiting for the shared machine's cores leaves
 * nearly unchanged.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return undefined;
  let ticks = 0;
  for (const member of processTree(pid)) {
    const fields = statOf(member);
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return (ticks * 1000) / 100;
}

/** Load on `url`, and the server's CPU time per response it gave meanwhile (undefined where /proc is not). */
async function measureWithCpu(pid: number | undefined, url: string, options: Parameters<typeof measureLoad>[1]): Promise<{ load: LoadMeasurement; cpuPerRequest?: number }> {
  const before = cpuMsOf(pid);
  const load = await measureLoad(url, options);
  const after = cpuMsOf(pid);
  return { load, cpuPerRequest: before !== undefined && after !== undefined && load.requests ? (after - before) / load.requests : undefined };
}

const figure = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function main(): Promise<number> {
  const keep = process.argv.includes('--keep');
  console.log(`bench:load on ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}; ${CONNECTIONS} connections, ${DURATION_S} s a page.`);
  const started = performance.now();
  const database = await openBenchDatabase(keep);
  let app: Awaited<ReturnType<typeof startProductionApp>> | undefined;
  try {
    await prepareData(database.url);
    const targets = await findTargets(database.url);
    const queries = await captureQueries(database.url, targets, process.argv.includes('--show-sql'));

    app = await startProductionApp(database.url);
    console.log(`Build ${app.built}; the production server at ${app.url}.`);
    const cookie = await signInCookie(app.url, BENCH_EDITOR_EMAIL, BENCH_PASSWORD);
    const headers = { cookie };
    for (const page of PAGES) await measureLoad(app.url + targets[page], { durationS: WARM_UP_S, headers });

    const results = {} as Record<Page, PageResult>;
    for (const page of PAGES) {
      console.log(`\n${page}: ${targets[page]}`);
      const single = await measureLoad(app.url + targets[page], { durationS: SINGLE_S, connections: 1, headers });
      const { load, cpuPerRequest } = await measureWithCpu(app.process.pid, app.url + targets[page], { durationS: DURATION_S, headers });
      const sql = await measureBareSql(database.url, queries[page], { durationS: SQL_DURATION_S });
      results[page] = { load, queries: queries[page].length, sql };
      console.log(`p50 ${page} ${figure(load.p50)} ms`);
      console.log(`p95 ${page} ${figure(load.p95)} ms`);
      console.log(`rps ${page} ${load.requestsPerSecond.toFixed(0)}`);
      console.log(`queries ${page} ${queries[page].length}`);
      console.log(`single ${page} ${figure(single.p50)} ms`);
      if (cpuPerRequest !== undefined) console.log(`cpu ${page} ${figure(cpuPerRequest)} ms a request`);
      console.log(`sql ${page} ${figure(sql.underLoad)} ms`);
      console.log(`sql-alone ${page} ${figure(sql.alone)} ms`);
      console.log(`ratio ${page} ${(load.p50 / sql.underLoad).toFixed(1)}`);
      if (load.errors || load.non2xx) console.log(`errors ${page} ${load.errors + load.non2xx}`);
    }

    // For scale, as in bench:report: the server's cheapest route (no page, no database, no proxy), and
    // the lightest page Next.js renders (dynamic, translated, no session, no query): what any desk page costs at least.
    for (const [name, route] of [['health', '/api/health'], ['lightest-page', '/unavailable']] as const) {
      const { load: floor, cpuPerRequest } = await measureWithCpu(app.process.pid, app.url + route, { durationS: SQL_DURATION_S });
      console.log(`\nscale: the server's ${route} under the same load`);
      console.log(`p50 ${name} ${figure(floor.p50)} ms`);
      console.log(`p95 ${name} ${figure(floor.p95)} ms`);
      console.log(`rps ${name} ${floor.requestsPerSecond.toFixed(0)}`);
      if (cpuPerRequest !== undefined) console.log(`cpu ${name} ${figure(cpuPerRequest)} ms a request`);
    }
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)}`);

    console.log('');
    let allMet = true;
    const verdict = (met: boolean, line: string) => {
      allMet &&= met;
      console.log(`${met ? 'PASS' : 'FAIL'} ${line}`);
    };
    for (const page of PAGES) {
      const { load, queries: count, sql } = results[page];
      verdict(load.p95 <= TARGET_P95_MS, `p95 ${page} ${figure(load.p95)} ms <= ${TARGET_P95_MS} ms`);
      verdict(count <= TARGET_QUERIES, `queries ${page} ${count} <= ${TARGET_QUERIES}`);
      verdict(load.p50 / sql.underLoad <= TARGET_RATIO, `ratio ${page} ${(load.p50 / sql.underLoad).toFixed(1)} <= ${TARGET_RATIO}`);
      verdict(load.errors + load.non2xx === 0, `errors ${page} ${load.errors + load.non2xx} = 0`);
    }
    console.log(`bench:load took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
    return allMet ? 0 : 1;
  } finally {
    await app?.stop();
    await database.drop();
  }
}

runCli(main);
