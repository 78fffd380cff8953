import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { authOptions } from './auth-options';
import { canAny, type Action } from '@/lib/auth/permissions';
import { findActiveUser } from '@/lib/server/users/find-active-user';
import type { PublicUser } from '@/lib/server/users/user-fields';

/** The signed-in, still active user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? findActiveUser(id) : null;
});

/** For pages: sends strangers to sign in and shows the 403 page to the unauthorised. */
export async function requirePagePermission(permission?: Action | readonly Action[]): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (permission && !canAny(user.role, [permission].flat())) forbidden();
  return user;
}
