import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { SOURCE_FIELDS, sourceRecord, type SourceFields } from './add-source';
import { changeClaim } from './change-claim';
import { findClaimForResearch } from './find-claim-for-research';

export async function updateSource(
  user: Pick<PublicUser, 'id' | 'role'>,
  input: { claimId: string; version: number; sourceId: string } & SourceFields,
) {
  const { claimId, version, sourceId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, { claimId, version });
    const before = await tx.source.findFirst({ where: { id: sourceId, claimId }, select: SOURCE_FIELDS });
    if (!before) throw new AppError('NOT_FOUND');
    await tx.source.update({ where: { id: sourceId }, data: fields });
    return changeClaim(tx, {
      claimId,
      version: claim.version,
      actorId: user.id,
      action: 'claim.source-updated',
      data: {},
      before: { sourceId, source: sourceRecord(before) },
      after: { sourceId, source: sourceRecord(fields) },
    });
  });
}
