import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { changeClaim } from './change-claim';
import { findClaimForChange } from './find-claim-for-change';
import { refusalError } from './refusal-error';
import { wordingMatchKeys } from './claim-match-keys';

const MERGEABLE = new Set(['CANDIDATE', 'OPEN']);

/**
 * Triage: two claims of one article that say one thing become one. The earlier keeps its id and
 * takes the span of both and the other's sources and notes; the other is removed, with its
 * wording kept in the history of both.
 */
export async function mergeClaims(user: Pick<PublicUser, 'id' | 'role'>, refs: ReadonlyArray<{ claimId: string; version: number }>) {
  return db.$transaction(async (tx) => {
    const claims = [];
    for (const ref of refs) claims.push(await findClaimForChange(tx, user, ref.claimId, ref.version));
    const [first, second] = claims.sort((a, b) => a.startOffset - b.startOffset);
    if (!first || !second || first.id === second.id) throw new AppError('INVALID', undefined, { claims: { key: 'validation.chooseTwoClaims' } });
    if (first.articleId !== second.articleId) throw new AppError('INVALID', 'MERGE_ACROSS_ARTICLES');
    if (!MERGEABLE.has(first.status) || !MERGEABLE.has(second.status)) throw refusalError('MOVE_NOT_ALLOWED_FROM_STATUS');

    const text = `${first.text} ${second.text}`;
    const { language } = await tx.article.findUniqueOrThrow({ where: { id: first.articleId }, select: { language: true } });
    await tx.source.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
    await tx.note.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
    await tx.claim.delete({ where: { id: second.id } });
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: 'Claim',
      entityId: second.id,
      action: 'claim.merged-away',
      before: { text: second.text, status: second.status },
      after: { mergedInto: first.id },
    });
    const { version } = await changeClaim(tx, {
      claimId: first.id,
      version: first.version,
      actorId: user.id,
      action: 'claim.merged',
      data: {
        text,
        startOffset: Math.min(first.startOffset, second.startOffset),
        endOffset: Math.max(first.endOffset, second.endOffset),
        ...wordingMatchKeys(text, language),
        // A candidate merged with an accepted claim is accepted.
        ...(first.status !== second.status ? { status: 'OPEN' as const } : {}),
      },
      before: { text: first.text, merged: second.text },
      after: { text, mergedClaim: second.id },
    });
    return { id: first.id, version };
  });
}
