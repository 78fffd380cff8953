'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { MAX_NOTE_LENGTH } from '@/lib/validations/report';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextareaField } from '@/components/ui/textarea-field';

interface ReportPublishFormProps {
  articleId: string;
  fingerprint: string;
  /** A correction: the report has a version already, so the note is required. */
  correction: boolean;
  /** Succeeds by going back to the composer, which shows the new version. */
  publish: FormAction<never>;
}

export function ReportPublishForm({ articleId, fingerprint, correction, publish }: ReportPublishFormProps) {
  const t = useTranslations('reports.publish');
  const [result, action, pending] = useActionState(publish, null);
  const { message, fieldErrors, values } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      {correction && (
        <TextareaField
          label={t('correctionNote')}
          name="correctionNote"
          required
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          hint={t('correctionNoteHint')}
          defaultValue={values.correctionNote}
          error={fieldErrors.correctionNote}
        />
      )}
      <p className="text-sm text-slate-600">{correction ? t('correctionExplained') : t('explained')}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('publishing') : correction ? t('submitCorrection') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
