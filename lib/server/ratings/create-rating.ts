import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { CreateRatingInput } from '@/lib/validations/rating';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { RATING_FIELDS, type RatingOption } from './list-ratings';

const UNIQUE_VIOLATION = 'P2002';

/** A new rating at the end of the scale. Serializable, so two added at once do not share a position. */
export async function createRating(input: CreateRatingInput, actorId: string): Promise<RatingOption> {
  try {
    return await db.$transaction(
      async (tx) => {
        const { _max } = await tx.rating.aggregate({ _max: { position: true } });
        const rating = await tx.rating.create({ data: { ...input, position: (_max.position ?? 0) + 1 }, select: RATING_FIELDS });
        await recordAuditEvent(tx, {
          actorId,
          entityType: 'Rating',
          entityId: rating.id,
          action: 'rating.created',
          after: { key: rating.key, labelEn: rating.labelEn, labelDe: rating.labelDe, value: rating.value, position: rating.position },
        });
        return rating;
      },
      { isolationLevel: 'Serializable' },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === UNIQUE_VIOLATION) {
      throw new AppError('CONFLICT', 'RATING_KEY_TAKEN', { key: { key: 'validation.ratingKeyTaken' } });
    }
    throw error;
  }
}
