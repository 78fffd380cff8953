import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@/lib/database/migrate';
import { ensureBuild } from './support/ensure-build';
import { freePort } from './support/free-port';
import { startNextServer, type NextServer } from './support/next-server';
import { webProcessesOn } from './support/web-processes-on';
import { run } from './support/run';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/lib/database/throwaway-database';
import { runCli } from './support/run-cli';
import { BrowserUnavailable, checkBrowserStarts, findBrowser, type Browser } from './support/find-browser';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process';

const TEST_DIST_DIR = '.next-test';

interface TestEnvironment {
  integration: ThrowawayDatabase;
  app: NextServer;
  /** The app's job worker, so that end-to-end tests see claims appear. */
  worker: WorkerProcess;
}

/** Loopback only, where the end-to-end tests serve the pages they import by URL (tests/support/fixture-server.ts). */
const FIXTURE_NETWORKS = '127.0.0.1/32';

/** Found and started once before anything else, so that a missing browser fails the run at once, in one line. */
async function readyBrowser(): Promise<Browser> {
  const browser = await findBrowser();
  await checkBrowserStarts(browser);
  console.log(`Browser for the end-to-end tests: ${browser.executablePath} (${browser.origin})`);
  return browser;
}

/** Databases of this run only (on DATABASE_URL's server, or embedded) and the built app on one of them. */
async function prepare(databases: ThrowawayDatabase[]): Promise<TestEnvironment> {
  const integration = await createThrowawayDatabase('test', process.env.DATABASE_URL);
  databases.push(integration);
  const e2e = await createThrowawayDatabase('e2e', process.env.DATABASE_URL);
  databases.push(e2e);
  console.log(`Test databases (${integration.kind}) ready; building the app…`);

  await applyMigrations(e2e.url, e2e.kind);
  process.env.DATABASE_URL = e2e.url;
  const { seedDemoData } = await import('@/lib/server/demo/seed-demo-data');
  await seedDemoData();
  const [{ db }, { closeJobQueue }] = await Promise.all([import('@/lib/db'), import('@/lib/server/jobs/job-queue')]);
  await Promise.all([db.$disconnect(), closeJobQueue()]);

  await ensureBuild(TEST_DIST_DIR);
  const port = await freePort();
  const stdio = process.env.TEST_APP_LOGS ? 'inherit' : 'ignore';
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    FACTDESK_DIST_DIR: TEST_DIST_DIR,
    DATABASE_URL: e2e.url,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    NEXTAUTH_URL: `http://localhost:${port}`,
    URL_IMPORT_ALLOWED_NETWORKS: FIXTURE_NETWORKS,
    ...webProcessesOn(e2e.kind),
  };
  const worker = startWorkerProcess({ env: appEnv, stdio });
  const app = await startNextServer({ mode: 'start', port, stdio, env: appEnv }).catch(async (error: unknown) => {
    await worker.stop();
    throw error;
  });
  return { integration, app, worker };
}

/** The whole suite: type check, then unit, integration and end-to-end tests in one Jest run. */
async function main(): Promise<number> {
  const started = Date.now();
  let browser: Browser;
  try {
    browser = await readyBrowser();
  } catch (error) {
    if (!(error instanceof BrowserUnavailable)) throw error;
    console.error(error.message);
    return 1;
  }
  // TYPECHECK=0 skips this while iterating on a test; CI always checks.
  if (process.env.TYPECHECK !== '0') {
    console.log('Type-checking…');
    await run('tsc', ['--noEmit', '-p', '.']);
  }

  const databases: ThrowawayDatabase[] = [];
  let environment: TestEnvironment;
  try {
    environment = await prepare(databases);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await dropAll(databases);
    return 1;
  }
  console.log(`Ready after ${((Date.now() - started) / 1000).toFixed(0)} s; running the tests…`);

  // Jest's summary must stay the last line of the output (CI reads it): print nothing after it.
  const passed = await run('jest', process.argv.slice(2), {
    env: {
      ...process.env,
      TEST_DATABASE_URL: environment.integration.url,
      TEST_DATABASE_KIND: environment.integration.kind,
      E2E_BASE_URL: environment.app.url,
      E2E_CHROMIUM_PATH: browser.executablePath,
    },
  }).then(
    () => true,
    () => false,
  );
  await Promise.all([environment.app.stop(), environment.worker.stop()]);
  await dropAll(databases);
  return passed ? 0 : 1;
}

async function dropAll(databases: ThrowawayDatabase[]) {
  for (const database of databases) await database.drop().catch(() => {});
}

runCli(main);
