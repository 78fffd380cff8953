import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ClaimFilter } from '@/lib/validations/claim';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { CLAIM_LIST_FIELDS, claimFilterWhere, type ClaimListItem } from './list-claims';

const PER_COLUMN = 50;

/** A card also carries what the status machine needs to say where it may be dragged. */
const BOARD_FIELDS = { ...CLAIM_LIST_FIELDS, assigneeId: true, verdictById: true, ratingId: true, verdictExplanation: true, _count: { select: { sources: true } } } as const;

export type BoardCard = ClaimListItem & {
  assigneeId: string | null;
  verdictById: string | null;
  ratingId: string | null;
  verdictExplanation: string | null;
  _count: { sources: number };
};

export interface BoardColumn {
  status: ClaimStatus;
  claims: BoardCard[];
  total: number;
}

/** The board: per status, the claims that moved there last (up to 50) and how many there are. */
export async function listClaimsByStatus(
  user: Pick<PublicUser, 'id' | 'role'>,
  statuses: readonly ClaimStatus[],
  filter: Partial<ClaimFilter> = {},
): Promise<BoardColumn[]> {
  const [columns, counts] = await Promise.all([
    Promise.all(
      statuses.map((status) =>
        db.claim.findMany({
          where: claimFilterWhere(user, { ...filter, status: [status] }),
          select: BOARD_FIELDS,
          orderBy: [{ statusChangedAt: 'desc' }, { id: 'asc' }],
          take: PER_COLUMN,
        }),
      ),
    ),
    db.claim.groupBy({ by: ['status'], where: claimFilterWhere(user, { ...filter, status: [...statuses] }), _count: { _all: true } }),
  ]);
  return statuses.map((status, index) => ({
    status,
    claims: columns[index] ?? [],
    total: counts.find((count) => count.status === status)?._count._all ?? 0,
  }));
}
