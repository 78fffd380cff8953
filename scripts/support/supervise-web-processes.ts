import cluster, { type Worker } from 'node:cluster';

/** What `next start` exits with after a signal: 128 + the signal's number. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * The primary of `count` server processes sharing one port (Node's cluster hands each new
 * connection to the next process). A process that dies while serving is replaced; one that dies
 * before it listens stops them all, since a start-up error (bad configuration, port taken) would
 * only repeat. A signal stops each process gracefully and exits once all have.
 */
export function superviseWebProcesses(count: number): void {
  let stopping = false;
  let listening = 0;
  const started = new WeakSet<Worker>();

  const start = () => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      started.add(worker);
      if (++listening === count) console.log(`Serving with ${count} processes.`);
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      if (!started.has(worker)) {
        console.error(`A server process failed during start-up (${signal ?? `exit code ${code}`}); stopping.`);
        return void stopAll('SIGTERM', code || 1);
      }
      console.error(`A server process ended (${signal ?? `exit code ${code}`}); starting another.`);
      start();
    });
  };

  const stopAll = (signal: keyof typeof SIGNAL_EXIT_CODES, exitCode: number = SIGNAL_EXIT_CODES[signal]) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => Boolean(worker && !worker.isDead()));
    let left = running.length;
    if (!left) process.exit(exitCode);
    for (const worker of running) {
      worker.once('exit', () => --left === 0 && process.exit(exitCode));
      worker.process.kill(signal);
    }
  };

  for (let index = 0; index < count; index++) start();
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
}
