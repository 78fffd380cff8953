import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Assignee } from '@/lib/server/claims/list-assignees';
import type { RatingOption } from '@/lib/server/ratings/list-ratings';
import type { ClaimFilter } from '@/lib/validations/claim';
import { CLAIM_STATUSES } from '@/lib/workflow/claim-statuses';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';

const TYPES = ['QUANTITY', 'EVENT', 'QUOTE', 'CAUSAL', 'COMPARISON', 'PREDICTION', 'LAW', 'OTHER'] as const;

interface ClaimFiltersProps {
  action: string;
  filter: ClaimFilter;
  assignees: Assignee[];
  ratings: RatingOption[];
}

/** The table's filters as a plain GET form: the URL holds the view, so it can be shared and bookmarked. */
export async function ClaimFilters({ action, filter, assignees, ratings }: ClaimFiltersProps) {
  const [t, locale] = await Promise.all([getTranslations('claims'), getLocale()]);
  const any = { value: '', label: t('filters.any') };
  return (
    <form method="get" action={action} aria-label={t('filters.label')} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <SelectField
        label={t('status')}
        name="status"
        defaultValue={filter.status.join(',')}
        options={[any, ...CLAIM_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
      />
      <SelectField
        label={t('assignee')}
        name="assignee"
        defaultValue={filter.assignee ?? ''}
        options={[
          any,
          { value: 'me', label: t('filters.me') },
          { value: 'none', label: t('filters.nobody') },
          ...assignees.map((person) => ({ value: person.id, label: person.name })),
        ]}
      />
      <SelectField
        label={t('verdict')}
        name="rating"
        defaultValue={filter.rating ?? ''}
        options={[any, ...ratings.map((rating) => ({ value: rating.id, label: ratingLabel(rating, locale) }))]}
      />
      <SelectField
        label={t('type')}
        name="type"
        defaultValue={filter.type ?? ''}
        options={[any, ...TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))]}
      />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} className="size-4" />
        {t('filters.overdueOnly')}
      </label>
      {filter.article && <input type="hidden" name="article" value={filter.article} />}
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <Button type="submit" variant="secondary">
        {t('filters.apply')}
      </Button>
      <Link href={action} className="pb-2 text-sm text-brand-700 underline">
        {t('filters.clear')}
      </Link>
    </form>
  );
}
