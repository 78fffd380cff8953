import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimMatchKeys } from './claim-match-keys';
import { claimRow } from './claim-row';

const MAX_LENGTH = 2000;

/**
 * Triage: the editor marks a passage of the article the extractor missed. The passage becomes an
 * accepted claim; the extractor still reads it for its type, figures and names.
 */
export async function addClaim(user: Pick<PublicUser, 'id'>, input: { articleId: string; start: number; end: number }) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, body: true, language: true } });
    if (!article) throw new AppError('NOT_FOUND');
    const raw = article.body.slice(input.start, input.end);
    // Offsets from the browser may include the whitespace around a selection.
    const start = input.start + (raw.length - raw.trimStart().length);
    const end = input.end - (raw.length - raw.trimEnd().length);
    if (input.end > article.body.length || end <= start) throw new AppError('INVALID', 'SELECTION_OUTSIDE_TEXT');
    if (end - start > MAX_LENGTH) throw new AppError('INVALID', 'SELECTION_TOO_LONG');
    const text = article.body.slice(start, end);
    const reading = extractClaims(text, { language: article.language, minScore: 0 }).claims[0];
    const features = reading ? claimRow(article.id, reading, start) : { type: 'OTHER' as const, score: 0, reasons: [], quantities: [] };
    // Keys of the passage as marked, which may be more or less than the extractor's sentence.
    const keys = claimMatchKeys({ text, language: article.language, quantities: reading?.quantities ?? [], entities: reading?.entities ?? [] });
    const claim = await tx.claim.create({
      // The passage the editor marked, whatever the extractor made of its edges.
      data: { ...features, ...keys, articleId: article.id, text, startOffset: start, endOffset: end, addedById: user.id, status: 'OPEN', statusChangedById: user.id },
      select: { id: true, version: true },
    });
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: 'Claim',
      entityId: claim.id,
      action: 'claim.added',
      after: { text, start, end, status: 'OPEN', version: claim.version },
    });
    return claim;
  });
}
