import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';

export const dynamic = 'force-dynamic';

const RETRY_SECONDS = 15;

export default async function UnavailablePage() {
  const t = await getTranslations('unavailable');
  return (
    <>
      <meta httpEquiv="refresh" content={String(RETRY_SECONDS)} />
      <StatusPage code={503} title={t('title')} body={t('body')} />
    </>
  );
}
