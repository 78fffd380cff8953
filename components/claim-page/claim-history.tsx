import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ClaimHistoryEvent } from '@/lib/server/claims/list-claim-history';
import type { RatingOption } from '@/lib/server/ratings/list-ratings';
import { historyChanges } from '@/lib/workflow/history-changes';
import { ratingLabel } from '@/lib/workflow/rating-label';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

/** Who did what to the claim, when, and what it was before and after. */
export async function ClaimHistory({ events, ratings }: { events: ClaimHistoryEvent[]; ratings: RatingOption[] }) {
  const [t, tStatus, format, locale] = await Promise.all([getTranslations('history'), getTranslations('claims.statuses'), getFormatter(), getLocale()]);
  const ratingByKey = new Map(ratings.map((rating) => [rating.key, ratingLabel(rating, locale)]));
  const label = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      return String(record.title ?? record.url ?? JSON.stringify(value));
    }
    const text = String(value);
    if (field === 'status' && tStatus.has(text)) return tStatus(text);
    if (field === 'rating') return ratingByKey.get(text) ?? text;
    if (ISO_DATE.test(text)) return format.dateTime(new Date(text), { dateStyle: 'medium' });
    return text;
  };
  return (
    <ol className="flex flex-col gap-3 text-sm">
      {events.map((event) => (
        <li key={event.id} className="border-l-2 border-slate-300 pl-3" data-action={event.action}>
          <p>
            <span className="font-medium">{event.actor?.name ?? t('system')}</span>{' '}
            {t.has(`actions.${event.action}`) ? t(`actions.${event.action}`) : event.action}{' '}
            <time dateTime={event.createdAt.toISOString()} className="text-slate-600">
              {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
          </p>
          <ul className="text-xs text-slate-700">
            {historyChanges(event.before, event.after).map((change) => (
              <li key={change.field}>
                {t.has(`fields.${change.field}`) ? t(`fields.${change.field}`) : change.field}: {label(change.field, change.before)} → {label(change.field, change.after)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
