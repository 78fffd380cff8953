import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listAssignees } from '@/lib/server/claims/list-assignees';
import { listClaims } from '@/lib/server/claims/list-claims';
import { findDeskReference } from '@/lib/server/settings/find-desk-reference';
import { claimFilterSchema } from '@/lib/validations/claim';
import { BulkAssignForm } from '@/components/claims/bulk-assign-form';
import { ClaimFilters } from '@/components/claims/claim-filters';
import { ClaimTable } from '@/components/claims/claim-table';
import { claimsHref } from '@/components/claims/claims-href';
import { ClaimsViewSwitch } from '@/components/claims/claims-view-switch';
import { ClaimViews } from '@/components/claims/claim-views';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { assignClaimsAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

const BULK_FORM = 'bulk-assign';

export async function generateMetadata() {
  return { title: (await getTranslations('claims'))('title') };
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission(['claim:view-all', 'claim:view-assigned']);
  const parsed = claimFilterSchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, [value].flat()[0]])));
  const filter = parsed.success ? parsed.data : claimFilterSchema.parse({});
  const [t, page, assignees, reference] = await Promise.all([getTranslations('claims'), listClaims(user, filter), listAssignees(), findDeskReference()]);
  const ratings = reference.ratings.filter((rating) => !rating.retiredAt);
  const mayAssign = can(user.role, 'claim:assign-any') || can(user.role, 'claim:assign-open');
  const title = filter.assignee === 'me' ? t('myTitle') : filter.assignee === 'none' && filter.status.join() === 'OPEN' ? t('openTitle') : t('title');
  const sortHref = (sort: string) => claimsHref('/claims', filter, { sort: sort as typeof filter.sort, dir: filter.sort === sort && filter.dir === 'desc' ? 'asc' : 'desc' });
  return (
    <ClientMessages namespaces={['claims.assign', 'history']}>
      <PageHeader title={title} intro={t('count', { count: page.total })}>
        <ClaimsViewSwitch current="table" filter={filter} />
      </PageHeader>
      {!parsed.success && <p className="mb-4 text-sm text-amber-800">{t('filters.invalid')}</p>}
      <ClaimViews filter={filter} researches={can(user.role, 'claim:research')} />
      <ClaimFilters action="/claims" filter={filter} assignees={assignees} ratings={ratings} />
      {mayAssign && page.claims.length > 0 && <BulkAssignForm id={BULK_FORM} assign={assignClaimsAction} assignees={assignees} currentUserId={user.id} />}
      {page.claims.length ? (
        <ClaimTable claims={page.claims} selectForm={mayAssign ? BULK_FORM : undefined} sortHref={sortHref} />
      ) : (
        <EmptyState message={t('empty')} />
      )}
      <Pager
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(number) => claimsHref('/claims', filter, { page: number })}
        labels={{
          previous: t('pager.previous'),
          next: t('pager.next'),
          navigation: t('pager.label'),
          position: t('pager.position', { page: page.page, pages: page.pageCount }),
        }}
      />
    </ClientMessages>
  );
}
