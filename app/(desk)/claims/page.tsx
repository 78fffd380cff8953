import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { can } from '@/lib/auth/permissions';
import { listClaims } from '@/lib/server/claims/list-claims';
import { ClaimTable } from '@/components/claims/claim-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export default async function ClaimsPage() {
  const user = await requirePagePermission(['claim:view-all', 'claim:view-assigned']);
  const seesAll = can(user.role, 'claim:view-all');
  const [t, claims] = await Promise.all([getTranslations('claims'), listClaims(user)]);
  return (
    <>
      <PageHeader title={seesAll ? t('title') : t('myTitle')} />
      {claims.length ? <ClaimTable claims={claims} /> : <EmptyState message={t('empty')} />}
    </>
  );
}
