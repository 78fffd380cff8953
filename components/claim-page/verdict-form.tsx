'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';

interface VerdictFormProps {
  claimId: string;
  version: number;
  ratingId: string | null;
  explanation: string | null;
  ratings: ReadonlyArray<{ id: string; label: string }>;
  saveVerdict: FormAction<{ version: number }>;
}

export function VerdictForm({ claimId, version, ratingId, explanation, ratings, saveVerdict }: VerdictFormProps) {
  const t = useTranslations('claimPage.verdict');
  const [result, action, pending] = useActionState(saveVerdict, null);
  const { fieldErrors, values } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        label={t('rating')}
        name="ratingId"
        defaultValue={values.ratingId ?? ratingId ?? ''}
        options={[{ value: '', label: t('chooseRating') }, ...ratings.map((rating) => ({ value: rating.id, label: rating.label }))]}
        error={fieldErrors.ratingId}
      />
      <TextareaField label={t('explanation')} name="explanation" rows={6} defaultValue={values.explanation ?? explanation ?? ''} error={fieldErrors.explanation} hint={t('explanationHint')} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </div>
      <ActionFeedback result={result} success={result?.ok ? t('saved') : undefined} />
    </form>
  );
}
