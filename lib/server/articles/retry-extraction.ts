import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { openJobQueue } from '@/lib/server/jobs/job-queue';
import { EXTRACT_CLAIMS, type ExtractClaimsJob } from '@/lib/server/jobs/queues';

/** Queues a failed extraction again, with its audit event, in one transaction. */
export async function retryExtraction(articleId: string, actorId: string): Promise<void> {
  const jobs = await openJobQueue();
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, extractionStatus: 'FAILED' },
      data: { extractionStatus: 'QUEUED', extractionError: null },
    });
    if (count === 0) {
      const exists = await tx.article.count({ where: { id: articleId } });
      throw exists ? new AppError('CONFLICT', 'EXTRACTION_NOT_FAILED') : new AppError('NOT_FOUND');
    }
    await recordAuditEvent(tx, { actorId, entityType: 'Article', entityId: articleId, action: 'article.extraction-retried' });
    await jobs.send(tx, EXTRACT_CLAIMS, { articleId } satisfies ExtractClaimsJob);
  });
}
