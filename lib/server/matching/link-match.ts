import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { changeClaim } from '@/lib/server/claims/change-claim';
import { findClaimForChange } from '@/lib/server/claims/find-claim-for-change';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { MatchActionInput } from '@/lib/validations/matching';
import { findMatchByKey } from './find-match-by-key';
import { matchRecord } from './match-record';

const UNIQUE_VIOLATION = 'P2002';

/**
 * An editor's word that this claim was checked before: the link to the match, and the claim's
 * history entry saying so, in one transaction (at the version the editor saw).
 */
export async function linkMatch(user: Pick<PublicUser, 'id' | 'role'>, input: MatchActionInput) {
  const match = await findMatchByKey(user, input.claimId, input.match);
  try {
    return await db.$transaction(async (tx) => {
      const claim = await findClaimForChange(tx, user, input.claimId, input.version);
      await tx.claimLink.create({
        data: {
          claimId: claim.id,
          linkedClaimId: match.kind === 'claim' ? match.claimId : null,
          factCheckId: match.kind === 'factcheck' ? match.factCheckId : null,
          score: match.score,
          reasons: match.reasons as unknown as Prisma.InputJsonValue,
          linkedById: user.id,
        },
      });
      return changeClaim(tx, {
        claimId: claim.id,
        version: claim.version,
        actorId: user.id,
        action: 'claim.match-linked',
        data: {},
        after: { match: matchRecord(match) },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === UNIQUE_VIOLATION) throw new AppError('CONFLICT', 'MATCH_ALREADY_LINKED');
    throw error;
  }
}
