import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { countRatingUses } from '@/lib/server/ratings/count-rating-uses';
import { listRatings } from '@/lib/server/ratings/list-ratings';
import { CreateRatingForm } from '@/components/admin/create-rating-form';
import { RatingScale } from '@/components/admin/rating-scale';
import { PageHeader } from '@/components/ui/page-header';
import { createRatingAction, moveRatingAction, setRatingRetiredAction, updateRatingAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.ratings'))('title') };
}

export default async function RatingsPage() {
  await requirePagePermission('settings:manage');
  const [t, ratings, uses] = await Promise.all([getTranslations('admin.ratings'), listRatings({ includeRetired: true }), countRatingUses()]);
  return (
    <ClientMessages namespaces={['admin.ratings', 'common']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <RatingScale
          ratings={ratings.map((rating) => ({ ...rating, retired: rating.retiredAt !== null, uses: uses.get(rating.id) ?? 0 }))}
          actions={{ update: updateRatingAction, move: moveRatingAction, setRetired: setRatingRetiredAction }}
        />
        <CreateRatingForm createRating={createRatingAction} />
      </div>
    </ClientMessages>
  );
}
