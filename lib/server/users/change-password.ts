import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { hashPassword, verifyPassword } from './password';
import { storeChosenPassword } from './store-chosen-password';

/** A user replaces their own password; knowing the current one is the proof. Ends their sessions. */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('INVALID', undefined, { currentPassword: { key: 'reasons.WRONG_PASSWORD' } });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction((tx) => storeChosenPassword(tx, userId, passwordHash));
}
