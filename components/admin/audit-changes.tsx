import { getTranslations } from 'next-intl/server';
import type { FieldChange } from '@/lib/audit/describe-changes';

/** An event's before and after as a compact diff: one line per changed field. */
export async function AuditChanges({ changes }: { changes: FieldChange[] }) {
  const t = await getTranslations('admin.audit');
  if (changes.length === 0) return <span className="text-slate-500">{t('noChanges')}</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs">
      {changes.map((change) => (
        <div key={change.path} className="contents">
          <dt className="text-slate-600">{change.path || t('value')}</dt>
          <dd className="break-all">
            {change.before !== undefined && (
              <del className="bg-red-50 text-red-800 no-underline" title={t('before')}>
                <span className="sr-only">{t('before')}: </span>
                {change.before}
              </del>
            )}
            {change.before !== undefined && change.after !== undefined && <span aria-hidden="true"> → </span>}
            {change.after !== undefined && (
              <ins className="bg-green-50 text-green-900 no-underline" title={t('after')}>
                <span className="sr-only">{t('after')}: </span>
                {change.after}
              </ins>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
