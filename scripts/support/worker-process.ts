import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const RESTART_DELAY_MS = 2000;

export interface WorkerProcess {
  stop(): Promise<void>;
}

interface WorkerProcessOptions {
  env: NodeJS.ProcessEnv;
  /** Restart on code changes (`npm run dev`). */
  watch?: boolean;
  stdio?: 'inherit' | 'ignore';
}

/**
 * The job worker (scripts/worker.ts) as a child process beside Next.js, so that extracting a
 * long article never holds up a page, nor the embedded database this process serves. A
 * worker that dies is started again; the queue hands its unfinished job to the new one.
 */
export function startWorkerProcess({ env, watch = false, stdio = 'inherit' }: WorkerProcessOptions): WorkerProcess {
  let child: ChildProcess | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    const args = [...(watch ? ['watch', '--clear-screen=false'] : []), path.resolve('scripts/worker.ts')];
    child = spawn(path.resolve('node_modules/.bin/tsx'), args, { env, stdio });
    child.once('exit', (code, signal) => {
      child = null;
      // Exit code 0 is a worker that was asked to stop (a Ctrl-C reaches it too).
      if (stopping || code === 0) return;
      console.error(`The job worker stopped (${signal ?? `exit code ${code}`}); starting it again.`);
      timer = setTimeout(start, RESTART_DELAY_MS);
    });
  };
  start();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearTimeout(timer);
        const running = child;
        if (!running || running.exitCode !== null) return resolve();
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      }),
  };
}
