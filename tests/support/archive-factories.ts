import type { ClaimStatus, ClaimType } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';

/** What the extraction job would store of a wording: its figures, names, type and match keys. */
function readingOf(text: string, language: string) {
  const reading = matchTextOf(text, language);
  return {
    quantities: reading.quantities as object[],
    entities: reading.entities as object[],
    type: (reading.type ?? 'other').toUpperCase() as ClaimType,
    ...claimMatchKeys(reading),
  };
}

export async function createArchiveArticle(createdById: string, language: 'de' | 'en', title = 'Archivartikel') {
  return db.article.create({ data: { title, language, body: '', createdById, extractionStatus: 'DONE' }, select: { id: true } });
}

/** A claim of the archive as the extraction job and the workflow would leave it. */
export async function createArchiveClaim(
  articleId: string,
  language: 'de' | 'en',
  text: string,
  options: { status?: ClaimStatus; assigneeId?: string | null; ratingId?: string | null } = {},
) {
  return db.claim.create({
    data: {
      articleId,
      text,
      startOffset: 0,
      endOffset: text.length,
      score: 0.9,
      reasons: [],
      status: options.status ?? 'APPROVED',
      assigneeId: options.assigneeId ?? null,
      ratingId: options.ratingId ?? (options.status && !['APPROVED', 'PUBLISHED'].includes(options.status) ? null : 'rating-false'),
      ...readingOf(text, language),
    },
    select: { id: true, version: true },
  });
}

/** Another outlet's published verdict, as the import would store it. */
export async function createExternalFactCheck(language: 'de' | 'en', text: string, overrides: { url?: string; ratingLabel?: string; authorName?: string } = {}) {
  return db.externalFactCheck.create({
    data: {
      url: overrides.url ?? `https://factchecks.example/${Math.random().toString(36).slice(2)}`,
      claimReviewed: text,
      language,
      ratingLabel: overrides.ratingLabel ?? 'False',
      authorName: overrides.authorName ?? 'Prüfstelle Nord',
      reviewDate: new Date('2025-03-01T00:00:00Z'),
      ...readingOf(text, language),
    },
    select: { id: true },
  });
}
