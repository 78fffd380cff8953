import { db } from '@/lib/db';

const LIMIT = 500;

/** Every recorded change to a claim, oldest first, with who made it. */
export async function listClaimHistory(claimId: string) {
  return db.auditEvent.findMany({
    where: { entityType: 'Claim', entityId: claimId },
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
  });
}

export type ClaimHistoryEvent = Awaited<ReturnType<typeof listClaimHistory>>[number];
