import type { SourceStance } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { changeClaim } from './change-claim';
import { findClaimForResearch } from './find-claim-for-research';

export interface SourceFields {
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  accessedAt: Date | null;
  archiveUrl: string | null;
  stance: SourceStance;
}

export const SOURCE_FIELDS = { url: true, title: true, publisher: true, excerpt: true, accessedAt: true, archiveUrl: true, stance: true } as const;

/** What the history keeps of a source. */
export function sourceRecord(source: SourceFields) {
  return { ...source, accessedAt: source.accessedAt?.toISOString() ?? null };
}

export async function addSource(user: Pick<PublicUser, 'id' | 'role'>, input: { claimId: string; version: number } & SourceFields) {
  const { claimId, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const claim = await findClaimForResearch(tx, user, { claimId, version });
    const last = await tx.source.aggregate({ where: { claimId }, _max: { position: true } });
    const source = await tx.source.create({
      data: { ...fields, claimId, addedById: user.id, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    return changeClaim(tx, {
      claimId,
      version: claim.version,
      actorId: user.id,
      action: 'claim.source-added',
      data: {},
      after: { sourceId: source.id, source: sourceRecord(fields) },
    });
  });
}
