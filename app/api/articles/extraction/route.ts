import { AppError } from '@/lib/errors/app-error';
import { defineRoute } from '@/lib/server/define-route';
import { articleIdSchema } from '@/lib/validations/article';
import { findExtractionState } from '@/lib/server/articles/find-extraction-state';
import { retryExtraction } from '@/lib/server/articles/retry-extraction';

export const dynamic = 'force-dynamic';

async function extractionState(articleId: string) {
  const state = await findExtractionState(articleId);
  if (!state) throw new AppError('NOT_FOUND');
  return state;
}

/** Where the extraction of an article's claims stands; the article page asks until it is done. */
export const GET = defineRoute({
  permission: 'article:view',
  query: articleIdSchema,
  run: ({ articleId }) => extractionState(articleId),
});

/** Queues a failed extraction again. */
export const POST = defineRoute({
  permission: 'article:create',
  query: articleIdSchema,
  run: async ({ articleId }, user) => {
    await retryExtraction(articleId, user.id);
    return extractionState(articleId);
  },
});
