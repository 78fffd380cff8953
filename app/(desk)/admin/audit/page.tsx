import { getTimeZone, getTranslations } from 'next-intl/server';
import { AppError } from '@/lib/errors/app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import { endOfDay, startOfDay } from '@/lib/audit/zoned-day';
import { auditLogQuerySchema, searchParamValues } from '@/lib/validations/audit';
import { listAuditEvents } from '@/lib/server/audit/list-audit-events';
import { describeError } from '@/lib/server/i18n/describe-error';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listUsers } from '@/lib/server/users/list-users';
import { AuditEventTable } from '@/components/admin/audit-event-table';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditPagination } from '@/components/admin/audit-pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.audit'))('title') };
}

interface AuditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AuditPage({ searchParams }: AuditPageProps) {
  await requirePagePermission('audit:view');
  const query = searchParamValues(await searchParams);
  const [t, people, timeZone] = await Promise.all([getTranslations('admin.audit'), listUsers(), getTimeZone()]);
  const parsed = auditLogQuerySchema.safeParse(query);
  const invalid = parsed.success ? null : await describeError(new AppError('INVALID', undefined, zodFieldErrors(parsed.error)));
  const page = parsed.success
    ? await listAuditEvents(
        {
          actorId: parsed.data.actor,
          entityType: parsed.data.entityType,
          entityId: parsed.data.entityId,
          action: parsed.data.action,
          from: parsed.data.from ? startOfDay(parsed.data.from, timeZone) : undefined,
          to: parsed.data.to ? endOfDay(parsed.data.to, timeZone) : undefined,
        },
        { before: parsed.data.before, after: parsed.data.after },
      )
    : null;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <AuditFilterForm values={query} fieldErrors={invalid?.fieldErrors ?? {}} people={people} timeZone={timeZone} />
      {invalid && <FormStatus tone="error" message={invalid.message} />}
      {page && page.events.length === 0 && <EmptyState message={t('empty')} />}
      {page && page.events.length > 0 && (
        <AuditEventTable
          events={page.events}
          query={query}
          userNames={new Map(people.map((person) => [person.id, person.name]))}
          timeZone={timeZone}
        />
      )}
      {page && <AuditPagination query={query} newer={page.newer} older={page.older} />}
    </>
  );
}
