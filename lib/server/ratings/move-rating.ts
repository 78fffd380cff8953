import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

/**
 * Swaps a rating with its neighbour above or below in the scale (retired ones keep their
 * place too). Serializable, so two moves at once cannot leave two ratings on one position.
 */
export async function moveRating(ratingId: string, direction: 'up' | 'down', actorId: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: { id: true, key: true, position: true } });
      if (!rating) throw new AppError('NOT_FOUND');
      const neighbour = await tx.rating.findFirst({
        where: { position: direction === 'up' ? { lt: rating.position } : { gt: rating.position } },
        orderBy: { position: direction === 'up' ? 'desc' : 'asc' },
        select: { id: true, key: true, position: true },
      });
      // Already first or last: nothing to do, nothing to record.
      if (!neighbour) return;
      await tx.rating.update({ where: { id: neighbour.id }, data: { position: rating.position }, select: { id: true } });
      await tx.rating.update({ where: { id: rating.id }, data: { position: neighbour.position }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId,
        entityType: 'Rating',
        entityId: rating.id,
        action: 'rating.moved',
        before: { position: rating.position },
        after: { position: neighbour.position, swappedWith: neighbour.key },
      });
    },
    { isolationLevel: 'Serializable' },
  );
}
