'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { byteSize, describePlace, describeProblem, describeRefusal, type ImportTranslator } from '@/lib/factchecks/describe-import';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import type { ImportOutcome, ImportSummary } from '@/lib/server/factchecks/import-factchecks';
import { Button } from '@/components/ui/button';
import { FieldFrame } from '@/components/ui/field-frame';
import { FormStatus } from '@/components/ui/form-status';

interface FactCheckImportFormProps {
  maxBytes: number;
  importFactChecks: FormAction<ImportOutcome>;
}

function useImportTranslator(): ImportTranslator {
  const t = useTranslations('matching.import');
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has(key) });
}

function RecordList({ title, lines, count }: { title: string; lines: string[]; count: number }) {
  const t = useImportTranslator();
  if (!count) return null;
  return (
    <section className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">
        {title} ({count})
      </h3>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {count > lines.length && <p className="text-sm text-slate-600">{t('andMore', { count: count - lines.length })}</p>}
    </section>
  );
}

function Summary({ summary }: { summary: ImportSummary }) {
  const t = useImportTranslator();
  const place = (value: ImportSummary['skipped'][number]['place']) => describePlace(t, summary.format, value);
  return (
    <div className="flex flex-col gap-3" data-testid="import-summary">
      <FormStatus
        tone="success"
        message={t('summary', { format: t(`formats.${summary.format}`), imported: summary.imported, skipped: summary.skippedCount, refused: summary.refusedCount })}
      />
      <RecordList title={t('skippedTitle')} lines={summary.skipped.map((item) => `${place(item.place)}: ${item.url}`)} count={summary.skippedCount} />
      <RecordList title={t('refusedTitle')} lines={summary.refused.map((item) => `${place(item.place)}: ${describeRefusal(t, item.reason, item.field)}`)} count={summary.refusedCount} />
    </div>
  );
}

/** An admin uploads a ClaimReview file; the server imports it and answers with the summary. */
export function FactCheckImportForm({ maxBytes, importFactChecks }: FactCheckImportFormProps) {
  const t = useImportTranslator();
  const [result, action, pending] = useActionState(importFactChecks, null);
  const { message, fieldErrors } = formFeedback(result);
  const outcome = result?.ok ? result.data : null;
  return (
    <section className="flex max-w-3xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <form action={action} className="flex flex-col gap-4" noValidate>
        {message && !fieldErrors.file && <FormStatus tone="error" message={message} />}
        <FieldFrame label={t('file')} hint={t('fileHint', { limit: byteSize(maxBytes) })} error={fieldErrors.file}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="file"
              type="file"
              accept=".json,.jsonl,.ndjson,.html,.htm,application/json,text/html"
              required
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="text-sm"
            />
          )}
        </FieldFrame>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t('importing') : t('submit')}
          </Button>
        </div>
      </form>
      {outcome?.ok && <Summary summary={outcome.summary} />}
      {outcome && !outcome.ok && <FormStatus tone="error" message={`${describeProblem(t, outcome.problem)} ${t('failed')}`} />}
    </section>
  );
}
