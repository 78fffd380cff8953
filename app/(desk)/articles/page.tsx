import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listArticles } from '@/lib/server/articles/list-articles';
import { ArticleTable } from '@/components/articles/article-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  return { title: (await getTranslations('articles'))('title') };
}

export default async function ArticlesPage() {
  const user = await requirePagePermission('article:view');
  const [t, articles] = await Promise.all([getTranslations('articles'), listArticles()]);
  return (
    <>
      <PageHeader title={t('title')}>
        {can(user.role, 'article:create') && (
          <Link href="/articles/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t('new')}
          </Link>
        )}
      </PageHeader>
      {articles.length ? <ArticleTable articles={articles} /> : <EmptyState message={t('empty')} />}
    </>
  );
}
