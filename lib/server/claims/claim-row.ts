import type { ClaimType } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import type { Claim } from '@/lib/claims/types';
import { claimMatchKeys } from './claim-match-keys';

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * A claim as the extractor found it, as a database row. `offset` is where the extractor's text
 * starts in the article, for claims read from a passage rather than the whole body.
 */
export function claimRow(articleId: string, claim: Claim, offset = 0): Prisma.ClaimUncheckedCreateInput {
  const shift = <T extends { start: number; end: number }>(item: T) => ({ ...item, start: item.start + offset, end: item.end + offset });
  return {
    articleId,
    text: claim.text,
    startOffset: claim.start + offset,
    endOffset: claim.end + offset,
    type: claim.type.toUpperCase() as ClaimType,
    score: claim.score,
    reasons: json(claim.reasons),
    quantities: json(claim.quantities.map(shift)),
    entities: json(claim.entities.map(shift)),
    speaker: claim.speaker?.name ?? null,
    ...claimMatchKeys(claim),
  };
}
