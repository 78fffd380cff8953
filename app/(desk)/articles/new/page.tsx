import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { NewArticleForm } from '@/components/articles/new-article-form';
import { PageHeader } from '@/components/ui/page-header';
import { createArticleAction, importArticleFromUrlAction, readArticleFileAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('intake'))('title') };
}

export default async function NewArticlePage() {
  await requirePagePermission('article:create');
  const t = await getTranslations('intake');
  return (
    <ClientMessages namespaces={['intake', 'errors.validation', 'common']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <NewArticleForm createArticle={createArticleAction} importFromUrl={importArticleFromUrlAction} readFile={readArticleFileAction} />
    </ClientMessages>
  );
}
