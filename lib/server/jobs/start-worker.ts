import PgBoss from 'pg-boss';
import { extractArticleClaims } from '@/lib/server/articles/extract-article-claims';
import { giveUpExtraction } from '@/lib/server/articles/give-up-extraction';
import { backfillMatchKeys } from '@/lib/server/matching/backfill-match-keys';
import { jobQueueOptions } from './job-queue-options';
import { prepareQueues } from './job-queue';
import { EXTRACT_CLAIMS, EXTRACTION_GIVEN_UP, type ExtractClaimsJob } from './queues';

export interface Worker {
  /** Lets the job at hand finish (up to `timeoutMs`); one still running then is failed, and so retried. */
  stop(timeoutMs?: number): Promise<void>;
}

interface WorkerOptions {
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds?: number;
  /** How often it looks for jobs whose worker died. */
  maintenanceIntervalSeconds?: number;
  log?: (message: string) => void;
}

/**
 * Works the job queues in this process: pg-boss hands each job to one worker among all the
 * processes that run one (SKIP LOCKED), so several app instances share the work. The worker
 * also supervises: it expires jobs whose worker died, which puts them back for a retry.
 */
export async function startWorker({ pollingIntervalSeconds = 1, maintenanceIntervalSeconds = 60, log = console.log }: WorkerOptions = {}): Promise<Worker> {
  const boss = new PgBoss({ ...jobQueueOptions(4), supervise: true, schedule: false, maintenanceIntervalSeconds });
  boss.on('error', (error: Error) => log(`Job queue error: ${error.message}`));
  await prepareQueues(boss);

  await boss.work<ExtractClaimsJob>(EXTRACT_CLAIMS, { pollingIntervalSeconds }, async ([job]) => {
    if (!job) return;
    try {
      const outcome = await extractArticleClaims(job.data.articleId);
      if (outcome.status === 'done') log(`Article ${job.data.articleId}: ${outcome.claimCount} claim(s) extracted.`);
    } catch (error) {
      log(`Extraction of article ${job.data.articleId} failed: ${error instanceof Error ? error.message : error}`);
      throw error;
    }
  });
  await boss.work<ExtractClaimsJob>(EXTRACTION_GIVEN_UP, { pollingIntervalSeconds }, async ([job]) => {
    if (job) await giveUpExtraction(job.data.articleId);
  });

  // Rows written before archive matching, or under older key rules, get their keys beside the
  // jobs: the rules are code, so the process that runs the new code makes them.
  let stopping = false;
  const backfill = backfillMatchKeys({ shouldStop: () => stopping })
    .then(({ claims, factChecks }) => {
      if (claims + factChecks > 0) log(`Match keys made for ${claims} claim(s) and ${factChecks} fact-check(s).`);
    })
    .catch((error: unknown) => log(`Making match keys failed: ${error instanceof Error ? error.message : error}`));

  return {
    stop: async (timeoutMs = 10_000) => {
      stopping = true;
      await Promise.all([boss.stop({ graceful: true, wait: true, timeout: timeoutMs }), backfill]);
    },
  };
}
