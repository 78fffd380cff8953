import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ClaimFilter } from '@/lib/validations/claim';
import { ACTIVE_STATUSES } from '@/lib/workflow/claim-statuses';
import { claimScopeFor } from './claim-scope';

export const CLAIMS_PAGE_SIZE = 50;

/** What a row of the claims table, a board card or a review-queue entry shows. */
export const CLAIM_LIST_FIELDS = {
  id: true,
  text: true,
  type: true,
  status: true,
  score: true,
  dueAt: true,
  version: true,
  statusChangedAt: true,
  updatedAt: true,
  article: { select: { id: true, title: true } },
  assignee: { select: { id: true, name: true } },
  rating: { select: { id: true, key: true, labelEn: true, labelDe: true } },
} satisfies Prisma.ClaimSelect;

export type ClaimListItem = Prisma.ClaimGetPayload<{ select: typeof CLAIM_LIST_FIELDS }>;

type Viewer = Pick<PublicUser, 'id' | 'role'>;

/** The filter as a where clause, inside the viewer's scope. */
export function claimFilterWhere(user: Viewer, filter: Partial<ClaimFilter>, now = new Date()): Prisma.ClaimWhereInput {
  const assignee = filter.assignee === 'me' ? user.id : filter.assignee === 'none' ? null : filter.assignee;
  return {
    AND: [
      claimScopeFor(user),
      filter.status?.length ? { status: { in: filter.status } } : {},
      assignee !== undefined ? { assigneeId: assignee } : {},
      filter.rating ? { ratingId: filter.rating } : {},
      filter.article ? { articleId: filter.article } : {},
      filter.type ? { type: filter.type } : {},
      filter.overdue ? { dueAt: { lt: now }, status: { in: [...ACTIVE_STATUSES] } } : {},
    ],
  };
}

function orderBy(filter: Partial<ClaimFilter>): Prisma.ClaimOrderByWithRelationInput[] {
  const dir = filter.dir ?? 'desc';
  switch (filter.sort) {
    case 'due':
      return [{ dueAt: { sort: dir, nulls: 'last' } }, { id: 'asc' }];
    case 'created':
      return [{ createdAt: dir }, { id: 'asc' }];
    case 'score':
      return [{ score: dir }, { id: 'asc' }];
    case 'status':
      return [{ status: dir }, { updatedAt: 'desc' }, { id: 'asc' }];
    default:
      return [{ updatedAt: dir }, { id: 'asc' }];
  }
}

/** One page of the claims table, with the total for the pager. */
export async function listClaims(user: Viewer, filter: Partial<ClaimFilter> = {}) {
  const where = claimFilterWhere(user, filter);
  const page = filter.page ?? 1;
  const [claims, total] = await Promise.all([
    db.claim.findMany({ where, select: CLAIM_LIST_FIELDS, orderBy: orderBy(filter), skip: (page - 1) * CLAIMS_PAGE_SIZE, take: CLAIMS_PAGE_SIZE }),
    db.claim.count({ where }),
  ]);
  return { claims, total, page, pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)) };
}
