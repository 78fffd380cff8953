import PgBoss from 'pg-boss';
import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { createArticle } from '@/lib/server/articles/create-article';
import { EXTRACTION_INTERRUPTED } from '@/lib/server/articles/give-up-extraction';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { jobQueueOptions } from '@/lib/server/jobs/job-queue-options';
import { prepareQueues } from '@/lib/server/jobs/job-queue';
import { EXTRACT_CLAIMS } from '@/lib/server/jobs/queues';
import { startWorker, type Worker } from '@/lib/server/jobs/start-worker';
import { articleSchema } from '@/lib/validations/article';
import { createTestUser } from '../support/factories';
import { dropJobQueue, extractionJobStates } from '../support/job-queue';

jest.mock('@/lib/claims/extract-claims', () => {
  const actual = jest.requireActual('@/lib/claims/extract-claims');
  return { ...actual, extractClaims: jest.fn(actual.extractClaims) };
});

// Retries wait 5 to 10 s (the queue's backoff), and a lost job waits for its expiry.
jest.setTimeout(60_000);

/** The queue as a test sees it: to play a worker that takes a job and dies, and to shorten waits. */
let boss: PgBoss;
const workers: Worker[] = [];
const quiet = () => {};

beforeAll(async () => {
  boss = new PgBoss({ ...jobQueueOptions(2), supervise: false, schedule: false });
  await prepareQueues(boss);
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(1000)));
  await boss.updateQueue(EXTRACT_CLAIMS, { name: EXTRACT_CLAIMS, retryLimit: 3, expireInSeconds: 300 });
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await dropJobQueue();
});

async function work() {
  const worker = await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, log: quiet });
  workers.push(worker);
}

async function newArticle(index = 0) {
  const editor = await createTestUser('EDITOR');
  return (await createArticle(articleSchema.parse(DEMO_ARTICLES[index]), editor.id)).id;
}

/** Waits (at most until the test's timeout) for the article's extraction to reach `status`. */
async function extractionReaches(id: string, status: 'DONE' | 'FAILED') {
  for (;;) {
    const article = await db.article.findUniqueOrThrow({ where: { id }, select: { extractionStatus: true, extractionError: true } });
    if (article.extractionStatus === status) return article;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the extraction worker', () => {
  test('takes a queued article, stores its candidates and completes the job', async () => {
    const id = await newArticle();
    await work();
    await extractionReaches(id, 'DONE');
    expect(await db.claim.count({ where: { articleId: id, status: 'CANDIDATE' } })).toBeGreaterThan(2);
    expect(await db.claim.count({ where: { articleId: id, status: { not: 'CANDIDATE' } } })).toBe(0);
    expect(await extractionJobStates(id)).toEqual(['completed']);
  });

  test('two workers (two app instances) share the queue and extract every article once', async () => {
    const ids = await Promise.all([0, 1, 0, 1].map((index) => newArticle(index)));
    await Promise.all([work(), work()]);
    for (const id of ids) await extractionReaches(id, 'DONE');
    const events = await db.auditEvent.groupBy({ by: ['entityId'], where: { entityId: { in: ids }, action: 'article.claims-extracted' }, _count: true });
    expect(events.map((event) => event._count)).toEqual([1, 1, 1, 1]);
  });

  test('records a failed attempt on the article, then the queue retries it', async () => {
    jest.mocked(extractClaims).mockImplementationOnce(() => {
      throw new Error('extractor broke');
    });
    const id = await newArticle();
    await work();
    expect(await extractionReaches(id, 'FAILED')).toEqual({ extractionStatus: 'FAILED', extractionError: 'extractor broke' });
    await extractionReaches(id, 'DONE');
    expect(await extractionJobStates(id)).toEqual(['completed']);
  });

  test('runs a job again whose worker died holding it, once the job expires', async () => {
    await boss.updateQueue(EXTRACT_CLAIMS, { name: EXTRACT_CLAIMS, expireInSeconds: 1 });
    const id = await newArticle();
    // A worker takes the job and is killed before it finishes.
    expect(await boss.fetch(EXTRACT_CLAIMS)).toHaveLength(1);
    await work();
    await extractionReaches(id, 'DONE');
    expect(await db.claim.count({ where: { articleId: id } })).toBeGreaterThan(2);
  });

  test('marks the article failed when the queue gives up on its job', async () => {
    await boss.updateQueue(EXTRACT_CLAIMS, { name: EXTRACT_CLAIMS, expireInSeconds: 1, retryLimit: 0 });
    const id = await newArticle();
    expect(await boss.fetch(EXTRACT_CLAIMS)).toHaveLength(1);
    await work();
    expect(await extractionReaches(id, 'FAILED')).toEqual({ extractionStatus: 'FAILED', extractionError: EXTRACTION_INTERRUPTED });
    expect(await extractionJobStates(id)).toEqual(['failed']);
  });
});
