'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { MIN_PASSWORD_LENGTH } from '@/lib/validations/user';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { NewPasswordFields } from './new-password-fields';
import { usePasswordChange } from './use-password-change';

export function FinishPasswordResetForm({ finishPasswordReset }: { finishPasswordReset: FormAction<string> }) {
  const t = useTranslations();
  const router = useRouter();
  const [result, action, pending] = usePasswordChange(finishPasswordReset, () => {
    router.replace('/');
    router.refresh();
  });
  const { message, fieldErrors } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      <NewPasswordFields hint={t('account.forced.hint', { limit: MIN_PASSWORD_LENGTH })} fieldErrors={fieldErrors} />
      <Button type="submit" disabled={pending || result?.ok}>
        {pending || result?.ok ? t('common.saving') : t('account.forced.submit')}
      </Button>
    </form>
  );
}
