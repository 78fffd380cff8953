import { getTranslations } from 'next-intl/server';
import { AUDIT_ENTITY_TYPES } from '@/lib/audit/entity-types';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

interface AuditFilterFormProps {
  /** The filters as they stand in the URL. */
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  people: ReadonlyArray<{ id: string; name: string }>;
  timeZone: string;
}

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export async function AuditFilterForm({ values, fieldErrors, people, timeZone }: AuditFilterFormProps) {
  const t = await getTranslations('admin.audit');
  return (
    <form method="get" action="/admin/audit" aria-label={t('filters')} className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label={t('person')}
          name="actor"
          defaultValue={values.actor ?? ''}
          options={[{ value: '', label: t('anyone') }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          error={fieldErrors.actor}
        />
        <SelectField
          label={t('entityType')}
          name="entityType"
          defaultValue={values.entityType ?? ''}
          options={[{ value: '', label: t('anyType') }, ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityTypes.${type}`) }))]}
          error={fieldErrors.entityType}
        />
        <TextField label={t('entityId')} name="entityId" defaultValue={values.entityId} error={fieldErrors.entityId} autoComplete="off" />
        <TextField label={t('action')} name="action" defaultValue={values.action} hint={t('actionHint')} error={fieldErrors.action} autoComplete="off" />
        <TextField label={t('from')} name="from" type="date" defaultValue={values.from} hint={t('dateHint', { timeZone })} error={fieldErrors.from} />
        <TextField label={t('to')} name="to" type="date" defaultValue={values.to} error={fieldErrors.to} />
      </div>
      <div className="mt-4 flex items-center gap-3">
        <Button type="submit">{t('apply')}</Button>
        <a href="/admin/audit" className="text-sm text-slate-700 underline">
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
