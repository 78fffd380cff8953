import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { removesLastActiveAdmin } from '@/lib/auth/last-admin-rule';
import type { Role } from '@/lib/auth/roles';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

export type AccessChange = { role: Role } | { active: boolean };

/**
 * Changes a user's role or deactivates/reactivates them. Serializable, so two admins
 * demoting each other at the same moment cannot both succeed and leave none.
 */
export async function updateUserAccess(userId: string, change: AccessChange, actorId: string): Promise<PublicUser> {
  return db.$transaction(
    async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
      if (!before) throw new AppError('NOT_FOUND');
      const after = { ...before, ...change };
      const otherActiveAdmins = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: userId } } });
      if (removesLastActiveAdmin(before, after, otherActiveAdmins)) throw new AppError('CONFLICT', 'LAST_ADMIN');

      const user = await tx.user.update({ where: { id: userId }, data: change, select: PUBLIC_USER_FIELDS });
      await recordAuditEvent(tx, {
        actorId,
        entityType: 'User',
        entityId: userId,
        action: 'role' in change ? 'user.role-changed' : change.active ? 'user.reactivated' : 'user.deactivated',
        before,
        after,
      });
      return user;
    },
    { isolationLevel: 'Serializable' },
  );
}
