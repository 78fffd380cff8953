import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

/**
 * Stores a password the person chose themselves, inside the caller's transaction: clears a
 * pending reset and ends all their sessions, so whoever else holds one (a lost laptop, someone
 * who saw the one-time password) is signed out. The browser that made the change signs in again.
 */
export async function storeChosenPassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  const before = await tx.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true, sessionVersion: true } });
  if (!before) throw new AppError('NOT_FOUND');
  const after = { mustChangePassword: false, sessionVersion: before.sessionVersion + 1 };
  // An admin's reset in the meantime raised the version: theirs wins, this change is refused.
  const { count } = await tx.user.updateMany({
    where: { id: userId, sessionVersion: before.sessionVersion },
    data: { passwordHash, ...after },
  });
  if (count === 0) throw new AppError('CONFLICT', 'CONCURRENT_CHANGE');
  await recordAuditEvent(tx, { actorId: userId, entityType: 'User', entityId: userId, action: 'user.password-changed', before, after });
}
