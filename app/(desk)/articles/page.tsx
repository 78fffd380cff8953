import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listArticles } from '@/lib/server/articles/list-articles';
import { ArticleTable } from '@/components/articles/article-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  return { title: (await getTranslations('articles'))('title') };
}

export default async function ArticlesPage() {
  await requirePagePermission('article:view');
  const [t, articles] = await Promise.all([getTranslations('articles'), listArticles()]);
  return (
    <>
      <PageHeader title={t('title')} />
      {articles.length ? <ArticleTable articles={articles} /> : <EmptyState message={t('empty')} />}
    </>
  );
}
