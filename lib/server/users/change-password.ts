import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { hashPassword, verifyPassword } from './password';

/** A user replaces their own password; knowing the current one is the proof. */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('INVALID', undefined, { currentPassword: { key: 'reasons.WRONG_PASSWORD' } });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await recordAuditEvent(tx, { actorId: userId, entityType: 'User', entityId: userId, action: 'user.password-changed' });
  });
}
