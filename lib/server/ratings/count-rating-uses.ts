import { db } from '@/lib/db';

/** How many claims carry each rating (retired ones included): rating id → count. */
export async function countRatingUses(): Promise<Map<string, number>> {
  const groups = await db.claim.groupBy({ by: ['ratingId'], where: { ratingId: { not: null } }, _count: { _all: true } });
  return new Map(groups.flatMap((group) => (group.ratingId ? [[group.ratingId, group._count._all] as const] : [])));
}
