import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ClaimListItem } from '@/lib/server/claims/list-claims';
import { ClaimStatusBadge } from './claim-status-badge';

export async function ClaimTable({ claims, showArticle = true }: { claims: ClaimListItem[]; showArticle?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('claims'), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">{t('claim')}</th>
            {showArticle && <th scope="col" className="px-4 py-2">{t('article')}</th>}
            <th scope="col" className="px-4 py-2">{t('type')}</th>
            <th scope="col" className="px-4 py-2">{t('status')}</th>
            <th scope="col" className="px-4 py-2">{t('assignee')}</th>
            <th scope="col" className="px-4 py-2">{t('due')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {claims.map((claim) => (
            <tr key={claim.id}>
              <td className="max-w-md px-4 py-2">{claim.text}</td>
              {showArticle && (
                <td className="px-4 py-2">
                  <Link href={`/articles/${claim.article.id}`} className="text-brand-700 hover:underline">
                    {claim.article.title}
                  </Link>
                </td>
              )}
              <td className="px-4 py-2">{t(`types.${claim.type}`)}</td>
              <td className="px-4 py-2"><ClaimStatusBadge label={t(`statuses.${claim.status}`)} status={claim.status} /></td>
              <td className="px-4 py-2">{claim.assignee?.name ?? t('unassigned')}</td>
              <td className="px-4 py-2">{claim.dueAt ? format.dateTime(claim.dueAt, { dateStyle: 'medium' }) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
