import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { RatingChange } from '@/lib/validations/rating';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { RATING_FIELDS, type RatingOption } from './list-ratings';

/** Renames a rating (both languages) or changes its reviewRating value; claims with it show the new names. */
export async function updateRating(ratingId: string, change: RatingChange, actorId: string): Promise<RatingOption> {
  return db.$transaction(async (tx) => {
    const before = await tx.rating.findUnique({ where: { id: ratingId }, select: { labelEn: true, labelDe: true, value: true } });
    if (!before) throw new AppError('NOT_FOUND');
    const rating = await tx.rating.update({ where: { id: ratingId }, data: change, select: RATING_FIELDS });
    await recordAuditEvent(tx, { actorId, entityType: 'Rating', entityId: ratingId, action: 'rating.updated', before, after: change });
    return rating;
  });
}
