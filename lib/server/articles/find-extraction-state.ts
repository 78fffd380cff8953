import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';

/** What the progress reads of an article (the article page selects it with the article). */
export const EXTRACTION_STATE_FIELDS = {
  extractionStatus: true,
  extractionError: true,
  extractedAt: true,
  _count: { select: { claims: true } },
} satisfies Prisma.ArticleSelect;

type ExtractionRow = Prisma.ArticleGetPayload<{ select: typeof EXTRACTION_STATE_FIELDS }>;

export function extractionStateOf(article: ExtractionRow) {
  return {
    status: article.extractionStatus,
    error: article.extractionError,
    extractedAt: article.extractedAt?.toISOString() ?? null,
    claimCount: article._count.claims,
  };
}

/** Where the extraction of an article's claims stands, for the progress shown on its page. */
export async function findExtractionState(articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: EXTRACTION_STATE_FIELDS });
  return article ? extractionStateOf(article) : null;
}

export type ExtractionState = ReturnType<typeof extractionStateOf>;
