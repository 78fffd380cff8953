import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimScopeFor } from './claim-scope';

export interface ClaimFilter {
  articleId?: string;
  statuses?: ClaimStatus[];
}

const PAGE_SIZE = 200;

export async function listClaims(user: Pick<PublicUser, 'id' | 'role'>, filter: ClaimFilter = {}) {
  return db.claim.findMany({
    where: {
      AND: [
        claimScopeFor(user),
        filter.articleId ? { articleId: filter.articleId } : {},
        filter.statuses ? { status: { in: filter.statuses } } : {},
      ],
    },
    select: {
      id: true,
      text: true,
      type: true,
      status: true,
      dueAt: true,
      updatedAt: true,
      article: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } },
    },
    orderBy: filter.articleId ? { startOffset: 'asc' } : { updatedAt: 'desc' },
    take: PAGE_SIZE,
  });
}

export type ClaimListItem = Awaited<ReturnType<typeof listClaims>>[number];
