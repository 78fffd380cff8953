import type { ClaimType } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { extractClaims } from '@/lib/claims/extract-claims';
import type { Claim } from '@/lib/claims/types';
import { MATCH_KEYS_VERSION, matchKeys } from '@/lib/matching/match-keys';
import type { ReviewedFactCheck } from './reviewed-factcheck';

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The sentence that says most about the claim: its type stands for the whole. */
function strongest(claims: readonly Claim[]): Claim | null {
  return claims.reduce<Claim | null>((best, claim) => (!best || claim.score > best.score ? claim : best), null);
}

/**
 * A validated fact-check as a database row, with what the claim extractor reads in the claim
 * reviewed (every sentence, whatever its score: a fact-check's claim is checked by definition)
 * and the language-free keys that find it across languages.
 */
export function factCheckRow(factCheck: ReviewedFactCheck, importedById: string | null): Prisma.ExternalFactCheckCreateManyInput {
  const extraction = extractClaims(factCheck.claimReviewed, { language: factCheck.language, minScore: 0 });
  const quantities = extraction.claims.flatMap((claim) => claim.quantities);
  const entities = extraction.claims.flatMap((claim) => claim.entities);
  const type = strongest(extraction.claims)?.type ?? null;
  const keys = matchKeys({ text: factCheck.claimReviewed, language: factCheck.language, quantities, entities, type, date: factCheck.reviewDate });
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
    quantities: json(quantities),
    entities: json(entities),
    type: type ? (type.toUpperCase() as ClaimType) : null,
    matchKeys: keys,
    matchKeysVersion: MATCH_KEYS_VERSION,
    importedById,
  };
}
