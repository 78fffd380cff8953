import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/db';
import { jobQueueOptions } from './job-queue-options';
import { QUEUES } from './queues';

export interface JobQueue {
  /** Adds a job inside the caller's transaction: it exists exactly when the caller's change is committed. */
  send(tx: Tx, queue: string, data: object): Promise<string>;
}

/** Creates pg-boss's tables (once, under its own lock) and every queue, as each process's first use does. */
export async function prepareQueues(boss: PgBoss): Promise<void> {
  await boss.start();
  for (const queue of QUEUES) await boss.createQueue(queue.name, queue);
}

async function openSender(): Promise<PgBoss> {
  // Only sends: the workers (scripts/worker.ts) supervise and maintain the queues.
  const boss = new PgBoss({ ...jobQueueOptions(2), supervise: false, schedule: false });
  boss.on('error', (error: Error) => console.error(`Job queue: ${error.message}`));
  await prepareQueues(boss);
  return boss;
}

/** pg-boss's statements, run on the connection of a Prisma transaction. */
function inTransaction(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
}

// One per process, like the Prisma client; kept across hot reloads.
const globalForJobs = globalThis as unknown as { factdeskJobQueue?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  globalForJobs.factdeskJobQueue ??= openSender().catch((error: unknown) => {
    globalForJobs.factdeskJobQueue = undefined;
    throw error;
  });
  return globalForJobs.factdeskJobQueue;
}

/** Opened before a transaction begins, so that pg-boss's first start never runs inside one. */
export async function openJobQueue(): Promise<JobQueue> {
  const boss = await sender();
  return {
    async send(tx, queue, data) {
      const id = await boss.send(queue, data, { db: inTransaction(tx) });
      // pg-boss inserts nothing for a queue it does not know; the caller's change must not stand without its job.
      if (!id) throw new Error(`The job queue "${queue}" does not exist`);
      return id;
    },
  };
}

/** For scripts that end: closes this process's connection to the queue, if it opened one. */
export async function closeJobQueue(): Promise<void> {
  const pending = globalForJobs.factdeskJobQueue;
  globalForJobs.factdeskJobQueue = undefined;
  const boss = await pending?.catch(() => undefined);
  await boss?.stop({ graceful: false });
}
