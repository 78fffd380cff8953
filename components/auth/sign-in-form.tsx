'use client';

import { useState, type FormEvent } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';

const KNOWN_ERRORS = ['INVALID_CREDENTIALS', 'TOO_MANY_SIGN_IN_ATTEMPTS', 'ACCOUNT_DEACTIVATED', 'UNAVAILABLE'] as const;
type SignInError = (typeof KNOWN_ERRORS)[number] | 'UNKNOWN';

function toSignInError(code: string | null | undefined): SignInError {
  return KNOWN_ERRORS.find((known) => known === code) ?? 'UNKNOWN';
}

// Only same-site paths: an open redirect would let a phishing link bounce through us.
function safeCallback(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<SignInError | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(safeCallback(searchParams.get('callbackUrl')));
      router.refresh();
      return;
    }
    setError(toSignInError(result?.error));
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {error && <FormStatus tone="error" message={t(`errors.${error}`)} />}
      <TextField label={t('email')} name="email" type="email" autoComplete="username" required />
      <TextField label={t('password')} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
