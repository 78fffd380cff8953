import { canAny, type Action } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { getCurrentUser } from './current-user';

/** The signed-in user if the permission table lets their role do one of `permission`; else an AppError. */
export async function authorise(permission: Action | readonly Action[]): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!canAny(user.role, [permission].flat())) throw new AppError('FORBIDDEN');
  return user;
}
