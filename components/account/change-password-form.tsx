'use client';

import { useTranslations } from 'next-intl';
import { MIN_PASSWORD_LENGTH } from '@/lib/validations/user';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import { NewPasswordFields } from './new-password-fields';
import { usePasswordChange } from './use-password-change';

export function ChangePasswordForm({ changePassword }: { changePassword: FormAction<string> }) {
  const t = useTranslations();
  const [result, action, pending] = usePasswordChange(changePassword);
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
      <NewPasswordFields hint={t('account.passwordHint', { limit: MIN_PASSWORD_LENGTH })} fieldErrors={fieldErrors} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('common.saving') : t('account.submit')}
      </Button>
    </form>
  );
}
