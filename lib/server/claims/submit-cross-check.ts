import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { moveClaimIn } from './move-claim';

export interface CrossCheckInput {
  claimId: string;
  version: number;
  verdict: 'CONFIRMED' | 'DISPUTED';
  comment: string;
  sources: ReadonlyArray<{ sourceId: string; result: 'CONFIRMED' | 'DISPUTED' }>;
}

/**
 * A second fact-checker's word on each source and on the verdict. Confirmed, the claim goes on to
 * the editor; disputed, back to its fact-checker with the comment.
 */
export async function submitCrossCheck(user: Pick<PublicUser, 'id' | 'role'>, input: CrossCheckInput) {
  return db.$transaction(async (tx) => {
    const move = input.verdict === 'CONFIRMED' ? 'confirm-cross-check' : 'dispute-cross-check';
    const moved = await moveClaimIn(tx, user, { claimId: input.claimId, version: input.version, move, comment: input.comment });
    const sourceIds = new Set((await tx.source.findMany({ where: { claimId: input.claimId }, select: { id: true } })).map((source) => source.id));
    const results = input.sources.filter((source) => sourceIds.has(source.sourceId));
    if (results.length !== sourceIds.size) throw new AppError('INVALID', undefined, { sources: { key: 'validation.judgeEverySource' } });
    if (input.verdict === 'CONFIRMED' && results.some((source) => source.result === 'DISPUTED')) {
      throw new AppError('INVALID', undefined, { verdict: { key: 'validation.disputedSourceConfirmed' } });
    }
    await tx.crossCheck.create({
      data: { claimId: input.claimId, checkerId: user.id, verdict: input.verdict, comment: input.comment, sources: results },
    });
    return moved;
  });
}
