'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { MAX_NOTE_LENGTH } from '@/lib/validations/report';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextareaField } from '@/components/ui/textarea-field';

export function ReportUnpublishForm({ articleId, unpublish }: { articleId: string; unpublish: FormAction<never> }) {
  const t = useTranslations('reports.unpublish');
  const [result, action, pending] = useActionState(unpublish, null);
  const { message, fieldErrors, values } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      <input type="hidden" name="articleId" value={articleId} />
      <TextareaField
        label={t('reason')}
        name="reason"
        required
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        hint={t('reasonHint')}
        defaultValue={values.reason}
        error={fieldErrors.reason}
      />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t('unpublishing') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
