import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { describeChanges } from '@/lib/audit/describe-changes';
import type { AuditEntry } from '@/lib/server/audit/list-audit-events';
import { DataTable } from '@/components/ui/data-table';
import { AuditChanges } from './audit-changes';
import { auditHref } from './audit-href';

interface AuditEventTableProps {
  events: AuditEntry[];
  /** The filters in the URL, kept by the "only this" links. */
  query: Record<string, string>;
  /** User ids → names, to name the person an event is about. */
  userNames: ReadonlyMap<string, string>;
  timeZone: string;
}

const FILTER_LINK = 'text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-700';

export async function AuditEventTable({ events, query, userNames, timeZone }: AuditEventTableProps) {
  const [t, format] = await Promise.all([getTranslations('admin.audit'), getFormatter()]);
  const columns = [{ label: t('time') }, { label: t('person') }, { label: t('action') }, { label: t('entity') }, { label: t('changes') }];
  return (
    <DataTable columns={columns}>
      {events.map((event) => {
        const entityName = event.entityType === 'User' ? userNames.get(event.entityId) : undefined;
        const typeKey = `entityTypes.${event.entityType}`;
        return (
          <tr key={event.id} data-testid="audit-event" className="align-top">
            <td className="whitespace-nowrap">
              <time dateTime={event.createdAt.toISOString()}>
                {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone })}
              </time>
            </td>
            <td>
              {event.actor ? (
                <Link href={auditHref(query, { actor: event.actor.id })} title={t('onlyPerson', { name: event.actor.name })} className={FILTER_LINK}>
                  {event.actor.name}
                </Link>
              ) : (
                <span className="text-slate-600">{t('system')}</span>
              )}
            </td>
            <td>
              <Link href={auditHref(query, { action: event.action })} title={t('onlyAction', { action: event.action })} className={`whitespace-nowrap font-mono text-xs ${FILTER_LINK}`}>
                <code>{event.action}</code>
              </Link>
            </td>
            <td>
              <Link
                href={auditHref(query, { entityType: event.entityType, entityId: event.entityId })}
                title={t('onlyEntity')}
                className={FILTER_LINK}
              >
                {t.has(typeKey) ? t(typeKey) : event.entityType}
              </Link>
              <span className="block text-xs text-slate-600">{entityName ?? <span className="font-mono">{event.entityId}</span>}</span>
            </td>
            <td className="min-w-64">
              <AuditChanges changes={describeChanges(event.before, event.after)} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
