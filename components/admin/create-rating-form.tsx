'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';

export function CreateRatingForm({ createRating }: { createRating: FormAction<string> }) {
  const t = useTranslations();
  const [result, action, pending] = useActionState(createRating, null);
  const { message, fieldErrors, values } = formFeedback(result);
  return (
    <section aria-labelledby="create-rating" className="self-start rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="create-rating" className="mb-4 text-lg font-semibold">
        {t('admin.ratings.create.title')}
      </h2>
      {/* key resets the fields after a success, keeps them after a failure */}
      <form key={result?.ok ? result.data : 'draft'} action={action} className="flex flex-col gap-4" noValidate>
        {message && <FormStatus tone="error" message={message} />}
        {result?.ok && <FormStatus tone="success" message={t('admin.ratings.create.created', { key: result.data })} />}
        <TextField
          label={t('admin.ratings.key')}
          name="key"
          required
          autoComplete="off"
          hint={t('admin.ratings.keyHint')}
          defaultValue={values.key}
          error={fieldErrors.key}
        />
        <TextField label={t('admin.ratings.labelEn')} name="labelEn" required defaultValue={values.labelEn} error={fieldErrors.labelEn} />
        <TextField label={t('admin.ratings.labelDe')} name="labelDe" required defaultValue={values.labelDe} error={fieldErrors.labelDe} />
        <TextField
          label={t('admin.ratings.value')}
          name="value"
          inputMode="numeric"
          hint={t('admin.ratings.valueHint')}
          defaultValue={values.value}
          error={fieldErrors.value}
        />
        <Button type="submit" disabled={pending}>
          {pending ? t('common.saving') : t('admin.ratings.create.submit')}
        </Button>
      </form>
    </section>
  );
}
