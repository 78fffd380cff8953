import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listAssignees } from '@/lib/server/claims/list-assignees';
import { listClaimsByStatus } from '@/lib/server/claims/list-claims-by-status';
import { findDeskReference } from '@/lib/server/settings/find-desk-reference';
import { claimFilterSchema } from '@/lib/validations/claim';
import { boardTargets } from '@/lib/workflow/board-targets';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { isOverdue } from '@/lib/workflow/is-overdue';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { ClaimBoard, type BoardColumnView } from '@/components/claims/claim-board';
import { ClaimFilters } from '@/components/claims/claim-filters';
import { ClaimsViewSwitch } from '@/components/claims/claims-view-switch';
import { PageHeader } from '@/components/ui/page-header';
import { assignClaimsAction, moveClaimAction } from '../actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('claims'))('board.title') };
}

export default async function ClaimBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission(['claim:view-all', 'claim:view-assigned']);
  const parsed = claimFilterSchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, [value].flat()[0]])));
  const filter = parsed.success ? { ...parsed.data, status: [] } : claimFilterSchema.parse({});
  const reference = await findDeskReference();
  const { settings } = reference;
  const statuses: ClaimStatus[] = ['OPEN', 'ASSIGNED', 'IN_RESEARCH', ...(settings.crossCheckEnabled ? (['IN_CROSS_CHECK'] as const) : []), 'IN_REVIEW', 'RETURNED', 'APPROVED'];
  const [t, locale, columns, assignees] = await Promise.all([getTranslations('claims'), getLocale(), listClaimsByStatus(user, statuses, filter), listAssignees()]);
  const ratings = reference.ratings.filter((rating) => !rating.retiredAt);
  const now = new Date();
  const view: BoardColumnView[] = columns.map((column) => ({
    status: column.status,
    total: column.total,
    cards: column.claims.map((claim) => ({
      id: claim.id,
      version: claim.version,
      text: claim.text,
      article: claim.article.title,
      assignee: claim.assignee?.name ?? null,
      rating: claim.rating ? ratingLabel(claim.rating, locale) : null,
      overdue: isOverdue(claim, now),
      targets: boardTargets({
        actor: user,
        claim: { ...claim, sourceCount: claim._count.sources },
        crossCheckEnabled: settings.crossCheckEnabled,
      }),
    })),
  }));
  return (
    <ClientMessages namespaces={['claims.board', 'claims.overdue', 'claims.statuses', 'claims.unassigned', 'history']}>
      <PageHeader title={t('board.title')} intro={t('board.intro')}>
        <ClaimsViewSwitch current="board" filter={filter} />
      </PageHeader>
      <ClaimFilters action="/claims/board" filter={filter} assignees={assignees} ratings={ratings} />
      <ClaimBoard columns={view} currentUserId={user.id} moveClaim={moveClaimAction} assignClaims={assignClaimsAction} />
    </ClientMessages>
  );
}
