import path from 'node:path';
import { openDatabaseTarget } from '@/lib/database/database-target';
import { applyMigrations } from '@/lib/database/migrate';
import { parseEnv } from '@/lib/config/env';
import { localAuthSecret } from './auth-secret';
import { ensureBuild } from './ensure-build';
import { startNextServer } from './next-server';
import { publishEmbeddedAddress } from './shared-database';
import { webProcessesOn } from './web-processes-on';
import { startWorkerProcess, type WorkerProcess } from './worker-process';

const DEFAULT_PORT = 3000;
const DATA_DIR = path.resolve('.data');

/**
 * `npm start` and `npm run dev`: the database (embedded unless DATABASE_URL is set),
 * its migrations, demo data where allowed, then Next.js and the job worker.
 */
export async function launchApp(mode: 'start' | 'dev'): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const production = mode === 'start' && Boolean(process.env.DATABASE_URL);
  // Fail before the slow steps when production configuration is missing.
  if (production) parseEnv({ ...process.env, NODE_ENV: 'production' });

  if (mode === 'start') {
    console.log('Checking the build…');
    console.log(`Build ${await ensureBuild('.next')}.`);
  }

  const database = await openDatabaseTarget();
  const embedded = database.kind === 'embedded';
  const unpublish = embedded ? publishEmbeddedAddress(database.url) : () => {};
  // Both the signal handler and Next.js's exit call this; the second waits for the first.
  let databaseStopped: Promise<void> | undefined;
  const stopDatabase = () => {
    unpublish();
    databaseStopped ??= database.stop().catch(() => {});
    return databaseStopped;
  };
  const applied = await applyMigrations(database.url, database.kind);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (production ? undefined : localAuthSecret(DATA_DIR)),
    ...webProcessesOn(database.kind),
  };
  process.env.DATABASE_URL = database.url;

  const demo = embedded || mode === 'dev';
  if (demo) {
    const { seedDemoData, DEMO_USERS, DEMO_PASSWORD } = await import('@/lib/server/demo/seed-demo-data');
    if (await seedDemoData()) console.log('Loaded the demo newsroom.');
    printDemoAccounts(DEMO_USERS, DEMO_PASSWORD);
    // The seed's connections are not needed any more: the app and the worker open their own.
    const [{ db }, { closeJobQueue }] = await Promise.all([import('@/lib/db'), import('@/lib/server/jobs/job-queue')]);
    await Promise.all([db.$disconnect(), closeJobQueue()]);
  }

  const { JOB_WORKER } = parseEnv(appEnv);
  const worker: WorkerProcess | null = JOB_WORKER === 'in-app' ? startWorkerProcess({ env: appEnv, watch: mode === 'dev' }) : null;
  const stopWorker = async () => worker?.stop();
  const server = await startNextServer({ mode, port, env: appEnv }).catch(async (error: unknown) => {
    await stopWorker();
    throw error;
  });
  console.log(`\nFactdesk is ready at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)` + (embedded ? `, data in ${DATA_DIR}` : ''));

  const shutdown = async () => {
    await Promise.all([server.stop(), stopWorker()]);
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  server.process.once('exit', async (code) => {
    await stopWorker();
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

function printDemoAccounts(users: ReadonlyArray<{ email: string; role: string }>, password: string) {
  console.log('\nDemo accounts (password for all: %s):', password);
  for (const user of users) console.log(`  ${user.role.padEnd(13)} ${user.email}`);
}
