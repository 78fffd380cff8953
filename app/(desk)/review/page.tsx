import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listClaims } from '@/lib/server/claims/list-claims';
import { ClaimTable } from '@/components/claims/claim-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export default async function ReviewPage() {
  const user = await requirePagePermission('claim:review');
  const [t, claims] = await Promise.all([getTranslations('review'), listClaims(user, { statuses: ['IN_REVIEW'] })]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {claims.length ? <ClaimTable claims={claims} /> : <EmptyState message={t('empty')} />}
    </>
  );
}
