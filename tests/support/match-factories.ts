import type { ClaimStatus } from '@/generated/prisma/enums';
import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { claimRow } from '@/lib/server/claims/claim-row';
import { importFactChecks } from '@/lib/server/factchecks/import-factchecks';
import { bytesOf, jsonLines } from './factcheck-factories';

export interface MatchClaimOptions {
  status?: ClaimStatus;
  assigneeId?: string | null;
  /** A rating key, an explanation and one source, as research leaves them. */
  verdict?: { ratingKey: string; explanation: string; sourceUrl: string; byId: string };
}

/**
 * An article whose one sentence becomes a claim the way extraction stores it (figures, names and
 * match keys included), in the given state of the workflow: each its own article, so that every
 * claim is in the others' archive.
 */
export async function createMatchClaim(createdById: string, text: string, language: 'de' | 'en', options: MatchClaimOptions = {}) {
  const article = await db.article.create({ data: { title: `Artikel ${text.slice(0, 30)}`, language, body: text, createdById, extractionStatus: 'DONE' }, select: { id: true } });
  const [sentence] = extractClaims(text, { language, minScore: 0 }).claims;
  if (!sentence) throw new Error(`No claim in ${text}`);
  const { verdict } = options;
  const claim = await db.claim.create({
    data: {
      ...claimRow(article.id, sentence),
      status: options.status ?? 'OPEN',
      assigneeId: options.assigneeId ?? null,
      ...(verdict ? { ratingId: `rating-${verdict.ratingKey}`, verdictExplanation: verdict.explanation, verdictById: verdict.byId } : {}),
    },
    select: { id: true, version: true, articleId: true },
  });
  if (verdict) {
    await db.source.create({ data: { claimId: claim.id, url: verdict.sourceUrl, title: 'Verkehrszählung 2026', publisher: 'Stadt', stance: 'SUPPORTS', addedById: verdict.byId } });
  }
  return claim;
}

/** Imports ClaimReview records through the real import. */
export async function importReviews(importedById: string, records: unknown[]) {
  const outcome = await importFactChecks({ name: 'test.jsonl', chunks: bytesOf(jsonLines(records)), importedById });
  if (!outcome.ok || outcome.summary.refusedCount) throw new Error(`Test fact-checks not imported: ${JSON.stringify(outcome)}`);
  return db.externalFactCheck.findMany({ where: { url: { in: records.map((record) => (record as { url: string }).url) } }, select: { id: true, url: true } });
}
