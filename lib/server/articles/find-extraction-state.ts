import { db } from '@/lib/db';

/** Where the extraction of an article's claims stands, for the progress shown on its page. */
export async function findExtractionState(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { extractionStatus: true, extractionError: true, extractedAt: true, _count: { select: { claims: true } } },
  });
  if (!article) return null;
  return {
    status: article.extractionStatus,
    error: article.extractionError,
    extractedAt: article.extractedAt?.toISOString() ?? null,
    claimCount: article._count.claims,
  };
}

export type ExtractionState = NonNullable<Awaited<ReturnType<typeof findExtractionState>>>;
