import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimScopeFor } from './claim-scope';

const PERSON = { select: { id: true, name: true } } as const;

/** Everything the claim page shows, if the viewer may see the claim; null otherwise. */
export async function findClaim(user: Pick<PublicUser, 'id' | 'role'>, claimId: string) {
  return db.claim.findFirst({
    where: { AND: [{ id: claimId }, claimScopeFor(user)] },
    select: {
      id: true,
      text: true,
      startOffset: true,
      endOffset: true,
      type: true,
      speaker: true,
      status: true,
      version: true,
      dueAt: true,
      ratingId: true,
      verdictExplanation: true,
      verdictById: true,
      approvedAt: true,
      assigneeId: true,
      assignee: PERSON,
      verdictBy: PERSON,
      approvedBy: PERSON,
      rating: { select: { id: true, key: true, labelEn: true, labelDe: true, retiredAt: true } },
      article: { select: { id: true, title: true, language: true, body: true } },
      sources: {
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          excerpt: true,
          accessedAt: true,
          archiveUrl: true,
          stance: true,
          addedBy: PERSON,
          copiedFromClaim: { select: { id: true, text: true } },
          copiedFromFactCheck: { select: { authorName: true } },
        },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      },
      notes: {
        select: { id: true, kind: true, body: true, parentId: true, createdAt: true, author: PERSON },
        orderBy: { createdAt: 'asc' },
      },
      crossChecks: {
        select: { id: true, verdict: true, comment: true, sources: true, createdAt: true, checker: PERSON },
        orderBy: { createdAt: 'desc' },
      },
      // The "Already checked" panel's links, in the same query (lib/server/matching/list-claim-links.ts keys them).
      links: {
        select: { linkedClaimId: true, factCheckId: true, createdAt: true, linkedBy: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
}

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof findClaim>>>;
