import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ClaimListItem } from '@/lib/server/claims/list-claims';
import { DataTable } from '@/components/ui/data-table';
import { ClaimStatusBadge } from './claim-status-badge';

export async function ClaimTable({ claims, showArticle = true }: { claims: ClaimListItem[]; showArticle?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('claims'), getFormatter()]);
  const columns = [
    { label: t('claim') },
    showArticle && { label: t('article') },
    { label: t('type') },
    { label: t('status') },
    { label: t('assignee') },
    { label: t('due') },
  ];
  return (
    <DataTable columns={columns}>
      {claims.map((claim) => (
        <tr key={claim.id}>
          <td className="max-w-md">{claim.text}</td>
          {showArticle && (
            <td>
              <Link href={`/articles/${claim.article.id}`} className="text-brand-700 hover:underline">
                {claim.article.title}
              </Link>
            </td>
          )}
          <td>{t(`types.${claim.type}`)}</td>
          <td>
            <ClaimStatusBadge label={t(`statuses.${claim.status}`)} status={claim.status} />
          </td>
          <td>{claim.assignee?.name ?? t('unassigned')}</td>
          <td>{claim.dueAt ? format.dateTime(claim.dueAt, { dateStyle: 'medium' }) : '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
