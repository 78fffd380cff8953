import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const READY_TIMEOUT_MS = 120_000;
/**
 * A page render allocates megabytes that die young: twice Node's default young generation
 * (16 MiB a semi-space) cuts the server's CPU per desk page by a sixth and raises its requests
 * per second by a fifth (bench:load's claims table, one process, runs side by side), for at most
 * 32 MiB more memory per process. The cluster's server processes inherit the flag.
 */
const SERVER_YOUNG_GENERATION = '--max-semi-space-size=32';

export interface NextServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

interface NextServerOptions {
  mode: 'start' | 'dev';
  port: number;
  env: NodeJS.ProcessEnv;
  /** Where the server's output goes; the console unless given. */
  stdio?: 'inherit' | 'ignore';
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up (exit code ${child.exitCode})`);
    // Any answer will do: with its database down the app is up but answers 503.
    const answered = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * `start`: the production server (scripts/serve.ts: Next.js behind the report front cache);
 * `dev`: `next dev`, which rebuilds on changes and caches nothing in front.
 */
export async function startNextServer({ mode, port, env, stdio = 'inherit' }: NextServerOptions): Promise<NextServer> {
  const [command, args] =
    mode === 'start'
      ? // One process (no tsx wrapper around it), so that its pid is the server's: signals and /proc figures reach it.
        [process.execPath, [SERVER_YOUNG_GENERATION, '--import', 'tsx', path.resolve('scripts/serve.ts')]]
      : [path.resolve('node_modules/.bin/next'), ['dev', '--port', String(port)]];
  const child = spawn(command, args, {
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env, ...(mode === 'start' ? { NODE_ENV: 'production' } : {}), PORT: String(port) },
    stdio,
  });
  const url = `http://localhost:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}
