'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';

export interface EditableRating {
  id: string;
  labelEn: string;
  labelDe: string;
  value: number | null;
}

export function RatingEditForm({ rating, update }: { rating: EditableRating; update: FormAction<string> }) {
  const t = useTranslations();
  const [result, action, pending] = useActionState(update, null);
  const { message, fieldErrors, values } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="ratingId" value={rating.id} />
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-start">
        <TextField label={t('admin.ratings.labelEn')} name="labelEn" required defaultValue={values.labelEn ?? rating.labelEn} error={fieldErrors.labelEn} />
        <TextField label={t('admin.ratings.labelDe')} name="labelDe" required defaultValue={values.labelDe ?? rating.labelDe} error={fieldErrors.labelDe} />
        <TextField
          label={t('admin.ratings.value')}
          name="value"
          inputMode="numeric"
          placeholder={t('admin.ratings.outsideScale')}
          defaultValue={values.value ?? (rating.value === null ? '' : String(rating.value))}
          error={fieldErrors.value}
        />
        <Button type="submit" variant="secondary" disabled={pending} className="sm:mt-6">
          {pending ? t('common.saving') : t('admin.ratings.save')}
        </Button>
      </div>
      {message && <FormStatus tone="error" message={message} />}
      {result?.ok && <FormStatus tone="success" message={t('admin.ratings.saved')} />}
    </form>
  );
}
