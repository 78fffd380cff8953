'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { MIN_PASSWORD_LENGTH } from '@/lib/validations/user';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';

export function ChangePasswordForm({ changePassword }: { changePassword: FormAction<void> }) {
  const t = useTranslations();
  const [result, action, pending] = useActionState(changePassword, null);
  const { message, fieldErrors } = formFeedback(result);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      {result?.ok && <FormStatus tone="success" message={t('account.changed')} />}
      <TextField
        label={t('account.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t('account.passwordHint', { limit: MIN_PASSWORD_LENGTH })}
        error={fieldErrors.newPassword}
      />
      <TextField
        label={t('account.repeatPassword')}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.repeatPassword}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('common.saving') : t('account.submit')}
      </Button>
    </form>
  );
}
