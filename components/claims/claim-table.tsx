import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ClaimListItem } from '@/lib/server/claims/list-claims';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { isOverdue } from '@/lib/workflow/is-overdue';
import { DataTable } from '@/components/ui/data-table';
import { ClaimRows, type ClaimRow } from './claim-rows';

/** Names every row's checkbox together with the row's claim (one label, not the claim's words again in each row). */
const SELECT_LABEL_ID = 'select-claim-label';

interface ClaimTableProps {
  claims: ClaimListItem[];
  showArticle?: boolean;
  /** The id of a form whose checkboxes pick claims for a bulk action. */
  selectForm?: string;
  /** Column headers that sort, as links. */
  sortHref?: (sort: string) => string;
}

export async function ClaimTable({ claims, showArticle = true, selectForm, sortHref }: ClaimTableProps) {
  const [t, format, locale] = await Promise.all([getTranslations('claims'), getFormatter(), getLocale()]);
  const now = new Date();
  const header = (label: string, sort?: string) => ({ label, href: sort && sortHref ? sortHref(sort) : undefined });
  const columns = [
    selectForm && { label: t('selectColumn') },
    header(t('claim')),
    showArticle && header(t('article')),
    header(t('type')),
    header(t('status'), 'status'),
    header(t('assignee')),
    header(t('due'), 'due'),
    header(t('verdict')),
    header(t('updated'), 'updated'),
  ];
  const rows = claims.map(
    (claim): ClaimRow => ({
      id: claim.id,
      ref: `${claim.id}:${claim.version}`,
      text: claim.text,
      article: showArticle ? claim.article : null,
      type: t(`types.${claim.type}`),
      status: claim.status,
      statusLabel: t(`statuses.${claim.status}`),
      assignee: claim.assignee?.name ?? null,
      due: claim.dueAt ? format.dateTime(claim.dueAt, { dateStyle: 'medium' }) : null,
      overdue: isOverdue(claim, now),
      rating: claim.rating ? ratingLabel(claim.rating, locale) : null,
      updated: format.relativeTime(claim.updatedAt, now),
    }),
  );
  return (
    <>
      {selectForm && (
        <span id={SELECT_LABEL_ID} hidden>
          {t('selectLabel')}
        </span>
      )}
      <DataTable columns={columns}>
        <ClaimRows rows={rows} select={selectForm ? { form: selectForm, labelId: SELECT_LABEL_ID } : undefined} labels={{ unassigned: t('unassigned'), overdue: t('overdue') }} />
      </DataTable>
    </>
  );
}
