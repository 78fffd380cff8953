/**
 * The audit log page's query on a newsroom's years of history: a page deep in the log,
 * with each filter, against the first page of the same filter (measured in the same run).
 * Keyset paging should make the two cost alike; OFFSET paging to the same depth is shown
 * beside them for comparison.
 * Usage: npm run bench:audit [-- --events 1000000]   (target: deep page ≤ 3× the first page)
 * Runs on a throwaway database on DATABASE_URL's server, else on an embedded one.
 */
import pg from 'pg';
import { applyMigrations } from '../lib/database/migrate';
import { createThrowawayDatabase } from '../lib/database/throwaway-database';
import { runCli } from '../scripts/support/run-cli';
import type { AuditFilter } from '../lib/server/audit/list-audit-events';

const TARGET_RATIO = 3;
const DEPTH = 0.9;
const RUNS = 21;
const PAGE_SIZE = 50;
const ACTIONS = ['claim.accepted', 'claim.assigned', 'claim.verdict-saved', 'claim.approved', 'source.added', 'note.added', 'user.created', 'article.created'];
const ENTITY_TYPES = ['Claim', 'Claim', 'Claim', 'Claim', 'Claim', 'Claim', 'Source', 'Note', 'Article', 'User'];
const YEARS = 5;

function eventCount(): number {
  const index = process.argv.indexOf('--events');
  const value = index > 0 ? Number(process.argv[index + 1]) : 1_000_000;
  if (!Number.isInteger(value) || value < 1000) throw new Error('--events takes a whole number of at least 1000');
  return value;
}

async function seed(url: string, events: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
      SELECT 'user' || n, 'user' || n || '@bench.example', 'User ' || n, 'x', 'FACT_CHECKER', now()
      FROM generate_series(1, 40) AS n`);
    // In slices, so the server never holds one enormous transaction.
    const slice = 200_000;
    for (let start = 0; start < events; start += slice) {
      await client.query(
        `INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", action, after, "createdAt")
         SELECT 'ev' || lpad(n::text, 10, '0'),
                'user' || (1 + (n * 7919) % 40),
                ($1::text[])[1 + (n * 31) % array_length($1::text[], 1)],
                'entity' || ((n * 104729) % ($3::int / 5)),
                ($2::text[])[1 + (n * 17) % array_length($2::text[], 1)],
                jsonb_build_object('version', n % 9),
                now() - make_interval(secs => ($3::int - n)::float8 * $4::float8)
         FROM generate_series($5::bigint, $6::bigint) AS n`,
        [ENTITY_TYPES, ACTIONS, events, (YEARS * 365 * 86400) / events, start + 1, Math.min(start + slice, events)],
      );
    }
    await client.query('ANALYZE "AuditEvent"');
  } finally {
    await client.end();
  }
}

/**
 * Best of RUNS timings (ms) of each query, taken in turns so that all of them see the same
 * load on a shared machine.
 */
async function bestInTurns(queries: Array<() => Promise<unknown>>): Promise<number[]> {
  const best = queries.map(() => Infinity);
  for (let run = 0; run < RUNS; run++) {
    for (const [index, query] of queries.entries()) {
      const started = performance.now();
      await query();
      best[index] = Math.min(best[index] ?? Infinity, performance.now() - started);
    }
  }
  return best;
}

async function main(): Promise<number> {
  const events = eventCount();
  const database = await createThrowawayDatabase('bench_audit', process.env.DATABASE_URL);
  try {
    await applyMigrations(database.url, database.kind);
    const seedStarted = performance.now();
    await seed(database.url, events);
    console.log(`Seeded ${events} audit events (${database.kind}) in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);

    process.env.DATABASE_URL = database.url;
    const { db } = await import('../lib/db');
    const { listAuditEvents } = await import('../lib/server/audit/list-audit-events');
    const monthAgo = new Date(Date.now() - 30 * 86400_000);
    // Filter values taken from an event in the middle of the log, so that each one matches something.
    const sample = await db.auditEvent.findFirstOrThrow({ where: { id: `ev${String(Math.floor(events / 2)).padStart(10, '0')}` } });
    const actorId = sample.actorId ?? undefined;
    const cases: Array<[string, AuditFilter]> = [
      ['all', {}],
      ['person', { actorId }],
      ['entity-type', { entityType: 'Source' }],
      ['entity', { entityType: sample.entityType as 'Claim', entityId: sample.entityId }],
      ['action', { action: sample.action }],
      ['date-range', { from: new Date(monthAgo.getTime() - 365 * 86400_000), to: monthAgo }],
      ['person+action', { actorId, action: sample.action }],
    ];
    // One round unmeasured: the first queries pay for connecting and for Prisma's warm-up.
    for (const [, filter] of cases) await listAuditEvents(filter);
    let worst = 0;
    for (const [name, filter] of cases) {
      const { from, to, ...fields } = filter;
      const where = { ...fields, createdAt: { gte: from, lt: to } };
      const matching = await db.auditEvent.count({ where });
      const depth = Math.max(0, Math.floor(matching * DEPTH) - PAGE_SIZE);
      const deepRow = await db.auditEvent.findFirst({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: depth,
        select: { createdAt: true, id: true },
      });
      const [first = 0, deep = 0, offset = 0] = await bestInTurns([
        () => listAuditEvents(filter),
        () => listAuditEvents(filter, { before: deepRow ?? undefined }),
        () => db.auditEvent.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: depth, take: PAGE_SIZE + 1, select: { id: true } }),
      ]);
      const ratio = deep / first;
      worst = Math.max(worst, ratio);
      console.log(
        `audit ${name.padEnd(14)} matching ${String(matching).padStart(8)}  first ${first.toFixed(1).padStart(6)} ms  deep ${deep.toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)}  (offset paging to the same depth: ${offset.toFixed(1)} ms)`,
      );
    }
    await db.$disconnect();
    console.log(`worst deep/first ratio ${worst.toFixed(2)} (target ≤ ${TARGET_RATIO})`);
    return worst <= TARGET_RATIO ? 0 : 1;
  } finally {
    await database.drop();
  }
}

runCli(main);
