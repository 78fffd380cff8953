import { forbidden, redirect } from 'next/navigation';
import { canAny, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { getCurrentUser } from './current-user';

/** For actions and route handlers: the signed-in user if their role may; else an AppError. */
export async function authorise(permission: Permission): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!canAny(user.role, permission)) throw new AppError('FORBIDDEN');
  return user;
}

/** For pages: sends strangers to sign in and shows the 403 page to the unauthorised. */
export async function requirePagePermission(permission?: Permission): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (permission && !canAny(user.role, permission)) forbidden();
  return user;
}
