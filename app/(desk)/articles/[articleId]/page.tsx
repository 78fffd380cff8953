import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { findArticle } from '@/lib/server/articles/find-article';
import { listClaims } from '@/lib/server/claims/list-claims';
import { ClaimTable } from '@/components/claims/claim-table';
import { ExtractionProgress } from '@/components/articles/extraction-progress';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { safeExternalUrl } from '@/lib/text/safe-external-url';

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const user = await requirePagePermission('article:view');
  const { articleId } = await params;
  const article = await findArticle(articleId);
  if (!article) notFound();
  const [t, format, claims] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listClaims(user, { articleId }),
  ]);
  const sourceUrl = safeExternalUrl(article.url);
  const byline = [article.outlet, article.author && t('articles.by', { author: article.author }), article.publishedAt && format.dateTime(article.publishedAt, { dateStyle: 'long' })]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <PageHeader title={article.title} intro={byline} />
      <ExtractionProgress articleId={article.id} />
      <div className="flex flex-col gap-8">
        <section aria-labelledby="article-body">
          <h2 id="article-body" className="mb-2 text-lg font-semibold">{t('articles.body')}</h2>
          <div lang={article.language} className="max-w-prose whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed">
            {article.body}
          </div>
          {sourceUrl && (
            <p className="mt-2 text-sm">
              <a href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">
                {t('articles.source')}
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="article-claims">
          <h2 id="article-claims" className="mb-2 text-lg font-semibold">{t('claims.title')}</h2>
          {claims.length ? <ClaimTable claims={claims} showArticle={false} /> : <EmptyState message={t('claims.empty')} />}
        </section>
      </div>
    </>
  );
}
