import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ClaimListItem } from '@/lib/server/claims/list-claims';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { isOverdue } from '@/lib/workflow/is-overdue';
import { DataTable } from '@/components/ui/data-table';
import { ClaimStatusBadge } from './claim-status-badge';

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
  return (
    <DataTable columns={columns}>
      {claims.map((claim) => {
        const overdue = isOverdue(claim, now);
        return (
          <tr key={claim.id} data-claim-id={claim.id} className={overdue ? 'bg-red-50' : undefined}>
            {selectForm && (
              <td>
                <input
                  type="checkbox"
                  name="claims[]"
                  value={`${claim.id}:${claim.version}`}
                  form={selectForm}
                  aria-label={t('selectClaim', { claim: claim.text.slice(0, 80) })}
                  className="size-4"
                />
              </td>
            )}
            <td className="min-w-64 max-w-md">
              <Link href={`/claims/${claim.id}`} className="text-brand-700 hover:underline">
                {claim.text}
              </Link>
            </td>
            {showArticle && (
              <td className="max-w-48 text-slate-700">
                <Link href={`/articles/${claim.article.id}`} className="hover:underline">
                  {claim.article.title}
                </Link>
              </td>
            )}
            <td>{t(`types.${claim.type}`)}</td>
            <td>
              <ClaimStatusBadge label={t(`statuses.${claim.status}`)} status={claim.status} />
            </td>
            <td>{claim.assignee?.name ?? <span className="text-slate-500">{t('unassigned')}</span>}</td>
            <td className={overdue ? 'font-semibold text-red-800' : undefined}>
              {claim.dueAt ? format.dateTime(claim.dueAt, { dateStyle: 'medium' }) : '–'}
              {overdue && <span className="ml-1 text-xs">({t('overdue')})</span>}
            </td>
            <td>{claim.rating ? ratingLabel(claim.rating, locale) : '–'}</td>
            <td className="whitespace-nowrap text-slate-600">{format.relativeTime(claim.updatedAt, now)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
