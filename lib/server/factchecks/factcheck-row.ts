import type { ClaimType } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import type { ExternalFactCheckRecord } from '@/lib/matching/match-types';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * A validated fact-check as a database row, with what the claim extractor reads in the claim
 * reviewed (figures, names, type) and the language-free keys that find it across languages.
 */
export function factCheckRow(factCheck: ExternalFactCheckRecord, importedById: string | null): Prisma.ExternalFactCheckCreateManyInput {
  const text = matchTextOf(factCheck.claimReviewed, factCheck.language, factCheck.reviewDate);
  return {
    url: factCheck.url,
    claimReviewed: factCheck.claimReviewed,
    language: factCheck.language,
    ratingLabel: factCheck.ratingLabel,
    ratingValue: factCheck.ratingValue,
    ratingBest: factCheck.ratingBest,
    ratingWorst: factCheck.ratingWorst,
    authorName: factCheck.authorName,
    authorUrl: factCheck.authorUrl,
    claimAuthor: factCheck.claimAuthor,
    claimDate: factCheck.claimDate,
    reviewDate: factCheck.reviewDate,
    reviewBody: factCheck.reviewBody,
    quantities: json(text.quantities),
    entities: json(text.entities),
    type: text.type ? (text.type.toUpperCase() as ClaimType) : null,
    // The same keys the worker's backfill would make, so a row never looks stale to it.
    ...claimMatchKeys(text),
    importedById,
  };
}
