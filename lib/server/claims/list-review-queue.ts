import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimScopeFor } from './claim-scope';
import { CLAIM_LIST_FIELDS } from './list-claims';

const LIMIT = 200;

/** Claims waiting for an editor's review, the longest waiting first. */
export async function listReviewQueue(user: Pick<PublicUser, 'id' | 'role'>) {
  return db.claim.findMany({
    where: { AND: [{ status: 'IN_REVIEW' }, claimScopeFor(user)] },
    select: { ...CLAIM_LIST_FIELDS, verdictBy: { select: { id: true, name: true } } },
    orderBy: [{ statusChangedAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
  });
}
