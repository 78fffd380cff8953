import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { refusalError } from './refusal-error';
import { wordingMatchKeys } from './claim-match-keys';
import { changeClaim } from './change-claim';
import { findClaimForChange } from './find-claim-for-change';

/** Triage: a clearer wording for the claim; the span in the article stays where it was. */
export async function rewordClaim(user: Pick<PublicUser, 'id' | 'role'>, input: { claimId: string; version: number; text: string }) {
  return db.$transaction(async (tx) => {
    const claim = await findClaimForChange(tx, user, input.claimId, input.version);
    if (claim.status === 'PUBLISHED') throw refusalError('MOVE_NOT_ALLOWED_FROM_STATUS');
    const { language } = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { language: true } });
    return changeClaim(tx, {
      claimId: claim.id,
      version: claim.version,
      actorId: user.id,
      action: 'claim.reworded',
      data: { text: input.text, ...wordingMatchKeys(input.text, language) },
      before: { text: claim.text },
      after: { text: input.text },
    });
  });
}
