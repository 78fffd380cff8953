import { getTranslations } from 'next-intl/server';
import { MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { countFactChecks } from '@/lib/server/factchecks/count-factchecks';
import { FactCheckImportForm } from '@/components/factchecks/factcheck-import-form';
import { PageHeader } from '@/components/ui/page-header';
import { importFactChecksAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('matching.import'))('title') };
}

export default async function FactChecksPage() {
  await requirePagePermission('factcheck:import');
  const [t, count] = await Promise.all([getTranslations('matching.import'), countFactChecks()]);
  return (
    <ClientMessages namespaces={['matching.import']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <p className="mb-4 text-sm text-slate-700">{t('count', { count })}</p>
      <FactCheckImportForm maxBytes={MAX_UPLOAD_BYTES} importFactChecks={importFactChecksAction} />
    </ClientMessages>
  );
}
