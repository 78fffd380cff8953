import pg from 'pg';
import { closeJobQueue } from '@/lib/server/jobs/job-queue';
import { EXTRACT_CLAIMS } from '@/lib/server/jobs/queues';

/** pg-boss's schema for this test file, beside the file's own (see lib/server/jobs/job-queue-options.ts). */
export const jobSchema = () => `${process.env.DATABASE_SCHEMA}_jobs`;

export async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Extraction jobs waiting to run (for one article, or all). */
export async function queuedExtractionJobs(articleId?: string): Promise<number> {
  const { rows } = await withClient((client) =>
    client.query<{ count: string }>(
      `SELECT count(*) FROM "${jobSchema()}".job WHERE name = $1 AND state IN ('created', 'retry') AND ($2::text IS NULL OR data->>'articleId' = $2)`,
      [EXTRACT_CLAIMS, articleId ?? null],
    ),
  );
  return Number(rows[0]?.count);
}

/** The state pg-boss holds for an article's extraction jobs, oldest first. */
export async function extractionJobStates(articleId: string): Promise<string[]> {
  const { rows } = await withClient((client) =>
    client.query<{ state: string }>(`SELECT state FROM "${jobSchema()}".job WHERE name = $1 AND data->>'articleId' = $2 ORDER BY created_on`, [
      EXTRACT_CLAIMS,
      articleId,
    ]),
  );
  return rows.map((row) => row.state);
}

/** For afterAll: closes the test file's queue connection and drops its job tables. */
export async function dropJobQueue(): Promise<void> {
  await closeJobQueue();
  await withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${jobSchema()}" CASCADE`));
}
