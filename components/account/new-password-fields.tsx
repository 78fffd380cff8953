import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';

/** The new password and its repetition, as both password forms ask for them. */
export function NewPasswordFields({ hint, fieldErrors }: { hint: string; fieldErrors: Record<string, string> }) {
  const t = useTranslations('account');
  return (
    <>
      <TextField
        label={t('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={hint}
        error={fieldErrors.newPassword}
      />
      <TextField
        label={t('repeatPassword')}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.repeatPassword}
      />
    </>
  );
}
