import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimScopeFor } from './claim-scope';

/** Every claim of an article the viewer may see, in text order, with what triage shows beside the text. */
export async function listArticleClaims(user: Pick<PublicUser, 'id' | 'role'>, articleId: string) {
  return db.claim.findMany({
    where: { AND: [{ articleId }, claimScopeFor(user)] },
    select: {
      id: true,
      text: true,
      startOffset: true,
      endOffset: true,
      type: true,
      score: true,
      reasons: true,
      speaker: true,
      status: true,
      version: true,
      statusChangedBy: { select: { name: true } },
      addedBy: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
    },
    orderBy: [{ startOffset: 'asc' }, { id: 'asc' }],
  });
}

export type ArticleClaim = Awaited<ReturnType<typeof listArticleClaims>>[number];
