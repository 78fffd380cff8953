import type { ClaimType as StoredClaimType } from '@/generated/prisma/enums';
import type { ClaimType, Entity, Quantity } from '@/lib/claims/types';
import type { MatchText } from '@/lib/matching/match-types';

/** The columns of a claim (and of its article) that matching reads. */
export interface ClaimMatchFields {
  text: string;
  quantities: unknown;
  entities: unknown;
  type: StoredClaimType;
  createdAt: Date;
  article: { language: string; publishedAt: Date | null };
}

/** A stored claim as matching sees it: its wording in its article's language, with what the extractor read in it. */
export function claimMatchText(claim: ClaimMatchFields): MatchText {
  return {
    text: claim.text,
    language: claim.article.language,
    quantities: Array.isArray(claim.quantities) ? (claim.quantities as Quantity[]) : [],
    entities: Array.isArray(claim.entities) ? (claim.entities as Entity[]) : [],
    type: claim.type.toLowerCase() as ClaimType,
    date: claim.article.publishedAt ?? claim.createdAt,
  };
}
