import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

/**
 * Retires a rating (no longer offered for new verdicts; claims that have it keep it) or
 * brings it back. Serializable, so two admins cannot retire the last two ratings at once.
 */
export async function setRatingRetired(ratingId: string, retired: boolean, actorId: string, now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: { retiredAt: true } });
      if (!rating) throw new AppError('NOT_FOUND');
      if (retired === (rating.retiredAt !== null)) return;
      if (retired && (await tx.rating.count({ where: { retiredAt: null } })) <= 1) throw new AppError('CONFLICT', 'LAST_RATING');
      const retiredAt = retired ? now : null;
      await tx.rating.update({ where: { id: ratingId }, data: { retiredAt }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId,
        entityType: 'Rating',
        entityId: ratingId,
        action: retired ? 'rating.retired' : 'rating.restored',
        before: { retiredAt: rating.retiredAt?.toISOString() ?? null },
        after: { retiredAt: retiredAt?.toISOString() ?? null },
      });
    },
    { isolationLevel: 'Serializable' },
  );
}
