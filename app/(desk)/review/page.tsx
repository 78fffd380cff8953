import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listReviewQueue } from '@/lib/server/claims/list-review-queue';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  return { title: (await getTranslations('review'))('title') };
}

export default async function ReviewPage() {
  const user = await requirePagePermission('claim:review');
  const [t, format, locale, queue] = await Promise.all([getTranslations(), getFormatter(), getLocale(), listReviewQueue(user)]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t('review.title')} intro={t('review.intro')} />
      {queue.length ? (
        <DataTable columns={[{ label: t('claims.claim') }, { label: t('claims.article') }, { label: t('claims.verdict') }, { label: t('review.by') }, { label: t('review.waiting') }]}>
          {queue.map((claim) => (
            <tr key={claim.id}>
              <td className="max-w-md">
                <Link href={`/claims/${claim.id}`} className="text-brand-700 hover:underline">
                  {claim.text}
                </Link>
              </td>
              <td>{claim.article.title}</td>
              <td>{claim.rating ? ratingLabel(claim.rating, locale) : '–'}</td>
              <td>{claim.verdictBy?.name ?? '–'}</td>
              <td className="whitespace-nowrap">{format.relativeTime(claim.statusChangedAt, now)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={t('review.empty')} />
      )}
    </>
  );
}
