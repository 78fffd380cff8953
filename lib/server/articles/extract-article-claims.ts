import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { claimRow } from '@/lib/server/claims/claim-row';

/** The longest message kept on the article: enough to tell what went wrong. */
const MAX_ERROR_LENGTH = 500;

export type ExtractionOutcome = { status: 'done'; claimCount: number } | { status: 'skipped' };

/** Another worker finished the same article first (a retried job meeting a late one). */
class AlreadyExtracted extends Error {}

/**
 * The extraction job's body: finds the article's claims and stores them as candidates with
 * an audit event, all in one transaction that also marks the article done. Safe to run twice
 * or at once for one article: only the first to finish stores anything. A failure marks the
 * article failed with its message and is rethrown, so that the queue retries it.
 */
export async function extractArticleClaims(articleId: string): Promise<ExtractionOutcome> {
  const started = await db.article.updateMany({
    where: { id: articleId, extractionStatus: { not: 'DONE' } },
    data: { extractionStatus: 'RUNNING' },
  });
  if (started.count === 0) return { status: 'skipped' };
  try {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true, language: true } });
    const extraction = extractClaims(article.body, { language: article.language });
    const claimCount = await db.$transaction(async (tx) => {
      // Takes the row lock: of two workers on one article, the later one finds it done.
      const finished = await tx.article.updateMany({
        where: { id: articleId, extractionStatus: 'RUNNING' },
        data: { extractionStatus: 'DONE', extractionError: null, extractedAt: new Date() },
      });
      if (finished.count === 0) throw new AlreadyExtracted();
      const { count } = await tx.claim.createMany({ data: extraction.claims.map((claim) => claimRow(articleId, claim)) });
      await recordAuditEvent(tx, {
        actorId: null,
        entityType: 'Article',
        entityId: articleId,
        action: 'article.claims-extracted',
        after: { claims: count, language: extraction.language },
      });
      return count;
    });
    return { status: 'done', claimCount };
  } catch (error) {
    if (error instanceof AlreadyExtracted) return { status: 'skipped' };
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    await db.article.updateMany({
      where: { id: articleId, extractionStatus: { not: 'DONE' } },
      data: { extractionStatus: 'FAILED', extractionError: message },
    });
    throw error;
  }
}
