import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { changeClaim } from './change-claim';
import { findClaimForResearch } from './find-claim-for-research';

/** Reorders a claim's sources one place at a time: the source swaps with its neighbour. */
export async function moveSource(
  user: Pick<PublicUser, 'id' | 'role'>,
  input: { claimId: string; version: number; sourceId: string; direction: 'up' | 'down' },
) {
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, input);
    const sources = await tx.source.findMany({ where: { claimId: claim.id }, select: { id: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
    const from = sources.findIndex((source) => source.id === input.sourceId);
    if (from < 0) throw new AppError('NOT_FOUND');
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= sources.length) return { version: claim.version };
    const order = sources.map((source) => source.id);
    [order[from], order[to]] = [order[to] as string, order[from] as string];
    for (const [position, id] of order.entries()) await tx.source.update({ where: { id }, data: { position } });
    return changeClaim(tx, {
      claimId: claim.id,
      version: claim.version,
      actorId: user.id,
      action: 'claim.sources-reordered',
      data: {},
      after: { order },
    });
  });
}
