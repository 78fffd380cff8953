import { db } from '@/lib/db';
import { detectArticleLanguage } from '@/lib/intake/detect-article-language';
import type { ArticleInput } from '@/lib/validations/article';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { openJobQueue } from '@/lib/server/jobs/job-queue';
import { EXTRACT_CLAIMS, type ExtractClaimsJob } from '@/lib/server/jobs/queues';

/**
 * Stores an article and queues the extraction of its claims, in one transaction: there is
 * never an article without its job or a job without its article. The claims follow from the
 * worker (see extract-article-claims.ts).
 */
export async function createArticle(input: ArticleInput, actorId: string): Promise<{ id: string }> {
  const language = input.language === 'auto' ? detectArticleLanguage(input.body) : input.language;
  const jobs = await openJobQueue();
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: input.title,
        outlet: input.outlet ?? null,
        author: input.author ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        language,
        body: input.body,
        extractionStatus: 'QUEUED',
        createdById: actorId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId,
      entityType: 'Article',
      entityId: article.id,
      action: 'article.created',
      after: { title: input.title, language, languageChosen: input.language !== 'auto' },
    });
    await jobs.send(tx, EXTRACT_CLAIMS, { articleId: article.id } satisfies ExtractClaimsJob);
    return article;
  });
}
