import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { SOURCE_FIELDS, sourceRecord } from './add-source';
import { changeClaim } from './change-claim';
import { findClaimForResearch } from './find-claim-for-research';

export async function removeSource(user: Pick<PublicUser, 'id' | 'role'>, input: { claimId: string; version: number; sourceId: string }) {
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, input);
    const source = await tx.source.findFirst({
      where: { id: input.sourceId, claimId: claim.id },
      select: SOURCE_FIELDS,
    });
    if (!source) throw new AppError('NOT_FOUND');
    await tx.source.delete({ where: { id: input.sourceId } });
    return changeClaim(tx, {
      claimId: claim.id,
      version: claim.version,
      actorId: user.id,
      action: 'claim.source-removed',
      data: {},
      before: { sourceId: input.sourceId, source: sourceRecord(source) },
    });
  });
}
