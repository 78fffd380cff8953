import pg from 'pg';
import type { LoggedQuery } from '../../lib/database/query-log';
import { SESSION_OPTIONS } from '../../lib/database/session-options';
import { CONNECTIONS, percentile } from './measure-load';

export interface SqlMeasurement {
  /** Median time of the statements run one after another by one client on an otherwise idle server. */
  alone: number;
  /** Median time of the same under `connections` clients each running them in a loop, as the page is measured. */
  underLoad: number;
  runsUnderLoad: number;
}

const ALONE_RUNS = 50;

async function runAll(client: pg.ClientBase, queries: readonly LoggedQuery[]): Promise<number> {
  const started = performance.now();
  for (const query of queries) await client.query(query.sql, query.params);
  return performance.now() - started;
}

/**
 * A page's own statements, as Prisma sent them, straight through `pg`: the floor under the page's
 * time. Measured alone, then under the page's load (`connections` clients for `durationS` seconds).
 */
export async function measureBareSql(
  databaseUrl: string,
  queries: readonly LoggedQuery[],
  { durationS, connections = CONNECTIONS }: { durationS: number; connections?: number },
): Promise<SqlMeasurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections, options: SESSION_OPTIONS });
  try {
    const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    const [first] = clients;
    if (!first) throw new Error('No database connection');
    for (const client of clients) await runAll(client, queries);
    const alone: number[] = [];
    for (let run = 0; run < ALONE_RUNS; run++) alone.push(await runAll(first, queries));

    const underLoad: number[] = [];
    const until = performance.now() + durationS * 1000;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < until) underLoad.push(await runAll(client, queries));
      }),
    );
    for (const client of clients) client.release();
    alone.sort((a, b) => a - b);
    underLoad.sort((a, b) => a - b);
    return { alone: percentile(alone, 0.5), underLoad: percentile(underLoad, 0.5), runsUnderLoad: underLoad.length };
  } finally {
    await pool.end();
  }
}
