import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { generateOneTimePassword } from './one-time-password';
import { hashPassword } from './password';

/**
 * An admin replaces someone's password with a one-time password, returned only here (it is
 * stored hashed), which the person must replace at their next sign-in. Ends their sessions.
 */
export async function resetPassword(userId: string, actorId: string): Promise<{ oneTimePassword: string }> {
  // One's own password goes through the account page, which asks for the current one.
  if (userId === actorId) throw new AppError('FORBIDDEN', 'OWN_PASSWORD_RESET');
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true, sessionVersion: true } });
    if (!before) throw new AppError('NOT_FOUND');
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: { mustChangePassword: true, sessionVersion: true },
    });
    await recordAuditEvent(tx, { actorId, entityType: 'User', entityId: userId, action: 'user.password-reset', before, after });
  });
  return { oneTimePassword };
}
