import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { changeClaim } from './change-claim';
import { findClaimForResearch } from './find-claim-for-research';

export interface VerdictInput {
  claimId: string;
  version: number;
  ratingId: string;
  explanation: string;
}

/** The rating and its explanation; whoever writes them may not approve them. */
export async function saveVerdict(user: Pick<PublicUser, 'id' | 'role'>, input: VerdictInput) {
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, input);
    const rating = await tx.rating.findFirst({ where: { id: input.ratingId, OR: [{ retiredAt: null }, { id: claim.ratingId ?? '' }] }, select: { id: true, key: true } });
    if (!rating) throw new AppError('INVALID', undefined, { ratingId: { key: 'validation.invalidChoice' } });
    const before = await tx.rating.findFirst({ where: { id: claim.ratingId ?? '' }, select: { key: true } });
    return changeClaim(tx, {
      claimId: claim.id,
      version: claim.version,
      actorId: user.id,
      action: 'claim.verdict-saved',
      data: { ratingId: rating.id, verdictExplanation: input.explanation, verdictById: user.id },
      before: { rating: before?.key ?? null, explanation: claim.verdictExplanation },
      after: { rating: rating.key, explanation: input.explanation },
    });
  });
}
