import type { Tx } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { decideResearchEdit } from '@/lib/workflow/decide-research-edit';
import { findClaimForChange } from './find-claim-for-change';
import { refusalError } from './refusal-error';

/** The claim whose sources or verdict are about to change, once the research rules allow it. */
export async function findClaimForResearch(tx: Tx, user: Pick<PublicUser, 'id' | 'role'>, ref: { claimId: string; version: number }) {
  const claim = await findClaimForChange(tx, user, ref.claimId, ref.version);
  const decision = decideResearchEdit({ actor: user, claim });
  if (!decision.ok) throw refusalError(decision.reason);
  return claim;
}
