import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { hashPassword, verifyPassword } from './password';
import { storeChosenPassword } from './store-chosen-password';

/**
 * After an admin's reset, the person replaces the one-time password they signed in with.
 * Signing in with it was the proof, so it is not asked for again; it may not be kept.
 */
export async function finishPasswordReset(userId: string, newPassword: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, mustChangePassword: true } });
  if (!user) throw new AppError('NOT_FOUND');
  if (!user.mustChangePassword) throw new AppError('CONFLICT', 'NO_PASSWORD_CHANGE_PENDING');
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw new AppError('INVALID', undefined, { newPassword: { key: 'validation.passwordUnchanged' } });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction((tx) => storeChosenPassword(tx, userId, passwordHash));
}
