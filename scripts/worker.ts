import './support/load-env';
import { applyMigrations } from '@/lib/database/migrate';
import { openSharedDatabase } from './support/shared-database';
import { runCli } from './support/run-cli';

/**
 * `npm run worker`: works the background jobs (claim extraction) until stopped. `npm start`
 * and `npm run dev` run one by themselves; run more where the work needs more machines,
 * with JOB_WORKER=separate on the app if it should leave the jobs to these.
 */
async function main(): Promise<void> {
  const database = await openSharedDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.opened) await applyMigrations(database.url, database.kind);
  const { startWorker } = await import('@/lib/server/jobs/start-worker');
  const { db } = await import('@/lib/db');
  const worker = await startWorker({ log: (message) => console.log(`[worker] ${message}`) });
  console.log('[worker] Waiting for jobs.');

  const shutdown = async () => {
    await worker.stop();
    await db.$disconnect();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

runCli(main);
