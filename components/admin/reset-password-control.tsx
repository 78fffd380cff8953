'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type ActionResult, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { ConfirmForm } from '@/components/ui/confirm-form';
import { FormStatus } from '@/components/ui/form-status';
import { OneTimePasswordNotice } from './one-time-password-notice';

type ResetResult = ActionResult<{ oneTimePassword: string }>;

interface ResetPasswordControlProps {
  user: { id: string; name: string };
  resetPassword: FormAction<{ oneTimePassword: string }>;
}

/** Asks once more (a reset signs the person out everywhere), then shows the one-time password until dismissed. */
export function ResetPasswordControl({ user, resetPassword }: ResetPasswordControlProps) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [dismissed, setDismissed] = useState<ResetResult | null>(null);
  const [result, action, pending] = useActionState(async (previous: ResetResult | null, formData: FormData) => {
    const outcome = await resetPassword(previous, formData);
    setConfirming(false);
    return outcome;
  }, null);
  const { message } = formFeedback(result);

  if (result?.ok && result !== dismissed) {
    return <OneTimePasswordNotice name={user.name} password={result.data.oneTimePassword} onDone={() => setDismissed(result)} />;
  }
  if (!confirming) {
    return (
      <div className="flex flex-col gap-2">
        <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          {t('admin.reset.button')}
        </Button>
        {message && <FormStatus tone="error" message={message} />}
      </div>
    );
  }
  return (
    <ConfirmForm
      action={action}
      question={t('admin.reset.confirm', { name: user.name })}
      confirmLabel={pending ? t('admin.reset.resetting') : t('admin.reset.confirmButton')}
      pending={pending}
      onCancel={() => setConfirming(false)}
    >
      <input type="hidden" name="userId" value={user.id} />
    </ConfirmForm>
  );
}
