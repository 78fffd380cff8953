import { forbidden, redirect } from 'next/navigation';
import { canAny, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { SessionUser } from '@/lib/server/users/find-session-user';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { getCurrentUser } from './current-user';

/** Where someone whose password an admin reset chooses a new one; every desk page sends them there. */
export const CHANGE_PASSWORD_PATH = '/change-password';

/** The one thing a person may do while a reset password awaits its replacement. */
const ALLOWED_DURING_PASSWORD_CHANGE: Permission = 'account:manage-own';

/** For actions and route handlers: the signed-in user if their role may; else an AppError. */
export async function authorise(permission: Permission): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (user.mustChangePassword && permission !== ALLOWED_DURING_PASSWORD_CHANGE) {
    throw new AppError('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED');
  }
  if (!canAny(user.role, permission)) throw new AppError('FORBIDDEN');
  return user;
}

/** For pages: sends strangers to sign in, a reset password to its replacement, and shows the 403 page to the unauthorised. */
export async function requirePagePermission(permission?: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !canAny(user.role, permission)) forbidden();
  return user;
}
