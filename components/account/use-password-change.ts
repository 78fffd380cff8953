'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import type { ActionResult, FormAction } from '@/lib/server/action-result';

/**
 * A password change ends all the person's sessions, this browser's too (the server cannot tell
 * them apart); the form then signs this browser in again with the new password it just sent.
 * The action answers the email to sign in with.
 */
export function usePasswordChange(changePassword: FormAction<string>, afterwards?: () => void) {
  const router = useRouter();
  return useActionState(async (previous: ActionResult<string> | null, formData: FormData) => {
    const outcome = await changePassword(previous, formData);
    if (!outcome.ok) return outcome;
    const signedIn = await signIn('credentials', { email: outcome.data, password: String(formData.get('newPassword')), redirect: false });
    if (!signedIn?.ok || signedIn.error) router.replace('/sign-in');
    else afterwards?.();
    return outcome;
  }, null);
}
