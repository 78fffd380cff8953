import { getFormatter, getTranslations } from 'next-intl/server';
import type { ClaimHistoryEvent } from '@/lib/server/claims/list-claim-history';
import { historyChanges } from '@/lib/workflow/history-changes';

const STATUS_FIELDS = new Set(['status']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return String(record.title ?? record.url ?? JSON.stringify(value));
  }
  return String(value);
}

/** Who did what to the claim, when, and what it was before and after. */
export async function ClaimHistory({ events }: { events: ClaimHistoryEvent[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations('history'), getTranslations('claims.statuses'), getFormatter()]);
  const label = (field: string, value: unknown) => (STATUS_FIELDS.has(field) && typeof value === 'string' && tStatus.has(value) ? tStatus(value) : show(value));
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
