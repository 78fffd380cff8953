import { getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/server/action-result';
import { ActionButton } from './action-button';
import { RatingEditForm, type EditableRating } from './rating-edit-form';

interface RatingScaleProps {
  ratings: ReadonlyArray<EditableRating & { key: string; retired: boolean; uses: number }>;
  actions: {
    update: FormAction<string>;
    move: FormAction<void>;
    setRetired: FormAction<void>;
  };
}

/** The scale in its order, retired ratings in their old place (greyed), each editable in place. */
export async function RatingScale({ ratings, actions }: RatingScaleProps) {
  const t = await getTranslations('admin.ratings');
  return (
    <ol className="flex flex-col gap-3">
      {ratings.map((rating, index) => (
        <li
          key={rating.id}
          data-testid={`rating-${rating.key}`}
          className={`rounded-lg border p-4 ${rating.retired ? 'border-dashed border-slate-300 bg-slate-50' : 'border-slate-200 bg-white'}`}
        >
          <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
            <span className="font-mono text-slate-800">{rating.key}</span>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${rating.retired ? 'bg-slate-200 text-slate-700' : 'bg-green-100 text-green-900'}`}>
              {rating.retired ? t('retired') : t('inUse')}
            </span>
            <span className="text-slate-600">{t('uses', { count: rating.uses })}</span>
            <div className="ml-auto flex flex-wrap items-start gap-2">
              <ActionButton
                action={actions.move}
                fields={{ ratingId: rating.id, direction: 'up' }}
                label="↑"
                accessibleLabel={t('moveUp', { label: rating.labelEn })}
                disabled={index === 0}
              />
              <ActionButton
                action={actions.move}
                fields={{ ratingId: rating.id, direction: 'down' }}
                label="↓"
                accessibleLabel={t('moveDown', { label: rating.labelEn })}
                disabled={index === ratings.length - 1}
              />
              <ActionButton
                action={actions.setRetired}
                fields={{ ratingId: rating.id, retired: String(!rating.retired) }}
                label={rating.retired ? t('restore') : t('retire')}
                variant={rating.retired ? 'secondary' : 'danger'}
              />
            </div>
          </div>
          <RatingEditForm rating={rating} update={actions.update} />
        </li>
      ))}
    </ol>
  );
}
