import type { Entity, Quantity } from '@/lib/claims/types';
import { MATCH_KEYS_VERSION, matchKeys } from '@/lib/matching/match-keys';
import { matchTextOf } from '@/lib/matching/match-text-of';

export interface StoredMatchKeys {
  matchKeys: string[];
  matchKeysVersion: number;
}

/** The keys a row stores (Claim.matchKeys, ExternalFactCheck.matchKeys), from its wording and what the extractor read in it. */
export function claimMatchKeys(claim: { text: string; language: string; quantities: readonly Quantity[]; entities: readonly Entity[] }): StoredMatchKeys {
  return {
    matchKeys: matchKeys({ text: claim.text, language: claim.language, quantities: claim.quantities, entities: claim.entities, type: null, date: null }),
    matchKeysVersion: MATCH_KEYS_VERSION,
  };
}

/**
 * The keys of a new wording (reworded, merged): the extractor reads its figures and names afresh,
 * so that the archive finds the claim by what it says now.
 */
export function wordingMatchKeys(text: string, language: string): StoredMatchKeys {
  return claimMatchKeys(matchTextOf(text, language));
}
