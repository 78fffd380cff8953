import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { MatchReason } from '@/lib/matching/match-types';
import { changeClaim } from '@/lib/server/claims/change-claim';
import { findClaimForChange } from '@/lib/server/claims/find-claim-for-change';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { MatchActionInput } from '@/lib/validations/matching';
import type { ArchiveKind } from './archive-key';
import { listArchiveEntries } from './list-archive-entries';
import { matchRecord } from './match-record';

/**
 * An editor takes back the word that this claim was checked before: the link goes, and the claim's
 * history says so (with the match as it was linked), in one transaction at the version the editor saw.
 */
export async function unlinkMatch(user: Pick<PublicUser, 'id' | 'role'>, input: MatchActionInput) {
  const [kind, id] = input.match.split(':') as [ArchiveKind, string];
  const entry = (await listArchiveEntries(user, [{ kind, id }])).get(input.match);
  if (!entry) throw new AppError('CONFLICT', 'MATCH_NOT_LINKED');
  return db.$transaction(async (tx) => {
    const claim = await findClaimForChange(tx, user, input.claimId, input.version);
    const where = { claimId: claim.id, ...(kind === 'claim' ? { linkedClaimId: id } : { factCheckId: id }) };
    const link = await tx.claimLink.findFirst({ where, select: { id: true, score: true, reasons: true } });
    if (!link) throw new AppError('CONFLICT', 'MATCH_NOT_LINKED');
    await tx.claimLink.delete({ where: { id: link.id } });
    const crossLanguage = (link.reasons as unknown as MatchReason[]).some((reason) => reason.kind === 'cross-language');
    return changeClaim(tx, {
      claimId: claim.id,
      version: claim.version,
      actorId: user.id,
      action: 'claim.match-unlinked',
      data: {},
      before: { match: matchRecord({ ...entry, score: link.score, crossLanguage }) },
    });
  });
}
