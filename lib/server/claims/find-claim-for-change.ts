import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { staleVersion } from './change-claim';
import { claimScopeFor } from './claim-scope';

const FIELDS = {
  id: true,
  articleId: true,
  text: true,
  startOffset: true,
  endOffset: true,
  status: true,
  assigneeId: true,
  dueAt: true,
  verdictById: true,
  ratingId: true,
  verdictExplanation: true,
  version: true,
  _count: { select: { sources: true } },
} as const;

export type ClaimForChange = Awaited<ReturnType<typeof findClaimForChange>>;

/**
 * The claim a change is about, if the person may see it and it is still the version they saw;
 * with what the status machine needs to decide.
 */
export async function findClaimForChange(tx: Tx, user: Pick<PublicUser, 'id' | 'role'>, claimId: string, version: number) {
  const claim = await tx.claim.findFirst({ where: { AND: [{ id: claimId }, claimScopeFor(user)] }, select: FIELDS });
  if (!claim) throw new AppError('NOT_FOUND');
  if (claim.version !== version) throw await staleVersion(tx, claimId, version);
  return { ...claim, sourceCount: claim._count.sources };
}
