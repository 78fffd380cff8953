import { extractClaims } from '../claims/extract-claims';
import type { ClaimType, Entity, Quantity } from '../claims/types';
import type { MatchText } from './match-types';

/**
 * What matching needs of a piece of wording that has not been through the extraction job (a
 * fact-check's `claimReviewed`, a search query, a test pair): the extractor's figures, names and
 * type over all its sentences, claims or not.
 */
export function matchTextOf(text: string, language: string, date: Date | null = null): MatchText {
  const result = extractClaims(text, { language, minScore: 0 });
  const quantities: Quantity[] = [];
  const entities: Entity[] = [];
  let type: ClaimType | null = null;
  for (const claim of result.claims) {
    quantities.push(...claim.quantities);
    entities.push(...claim.entities);
    // The type of the first sentence that is more than "other" speaks for the whole.
    if (type === null || type === 'other') type = claim.type;
  }
  return { text, language, quantities, entities, type, date };
}
