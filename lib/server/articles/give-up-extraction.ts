import { db } from '@/lib/db';

/** Said when a job was lost rather than failed: its worker stopped while on it, every time. */
export const EXTRACTION_INTERRUPTED = 'The extraction was interrupted and did not finish after several attempts.';

/**
 * For a job the queue has given up on: the article shows it failed (so the desk can retry),
 * keeping the last error when the job failed with one.
 */
export async function giveUpExtraction(articleId: string): Promise<void> {
  await db.article.updateMany({
    where: { id: articleId, extractionStatus: { in: ['QUEUED', 'RUNNING'] } },
    data: { extractionStatus: 'FAILED', extractionError: EXTRACTION_INTERRUPTED },
  });
}
