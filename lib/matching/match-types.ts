import type { ClaimType, Entity, Quantity } from '../claims/types';

/** A claim or an external fact-check as matching sees it: its wording and what the extractor read in it. */
export interface MatchText {
  text: string;
  /** ISO 639-1 code of the wording ('de', 'en', or another). */
  language: string;
  quantities: readonly Quantity[];
  entities: readonly Entity[];
  type: ClaimType | null;
  /** When the claim was made or the fact-check published; recency breaks ties. */
  date: Date | null;
}

/** A candidate the database found, with the scores PostgreSQL gave it. */
export interface MatchCandidate extends MatchText {
  /** 'claim:<id>' or 'factcheck:<id>': opaque to the ranking, handed back unchanged. */
  key: string;
  /** ts_rank of the full-text query, 0 when full-text search did not find it. */
  textRank: number;
  /** pg_trgm similarity of the wordings, 0 to 1. */
  trigram: number;
}

/** Why a match ranks where it does, for people. */
export type MatchReason =
  | { kind: 'same-figure'; text: string; otherText: string }
  | { kind: 'other-figure'; text: string; otherText: string }
  | { kind: 'same-name'; name: string }
  /** Both name a place (or an organisation, a person) and not the same one: "Hamburg" against "Wien". */
  | { kind: 'other-name'; name: string; otherName: string }
  | { kind: 'same-words'; words: readonly string[] }
  | { kind: 'same-type' }
  | { kind: 'cross-language' };

export interface RankedMatch {
  key: string;
  /** 0 to 1; `strong` marks the ones the triage list flags. */
  score: number;
  strong: boolean;
  crossLanguage: boolean;
  reasons: readonly MatchReason[];
}

/**
 * An external fact-check as read from one schema.org ClaimReview record, before it is stored;
 * the fields are named after the `ExternalFactCheck` columns.
 */
export interface ExternalFactCheckRecord {
  /** The review's address; http or https only. */
  url: string;
  /** The claim as the fact-checker worded it; plain text, never markup. */
  claimReviewed: string;
  /** ISO 639-1 code from `inLanguage`, or guessed from the wording (`languageGuessed`). */
  language: string;
  languageGuessed: boolean;
  /** `reviewRating.alternateName` (or `name`): "Falsch", "Mostly false". */
  ratingLabel: string | null;
  ratingValue: number | null;
  ratingBest: number | null;
  ratingWorst: number | null;
  /** The fact-checking organisation (`author`, else `publisher`). */
  authorName: string;
  authorUrl: string | null;
  /** Who made the claim (`itemReviewed.author`). */
  claimAuthor: string | null;
  /** When the claim was made (`itemReviewed.datePublished`). */
  claimDate: Date | null;
  /** Where the claim appeared (`itemReviewed.appearance`, `firstAppearance`); http(s) addresses. */
  claimAppearances: string[];
  /** `datePublished` of the review; records without one are refused. */
  reviewDate: Date;
  /** The review's explanation (`reviewBody`, else `reviewRating.ratingExplanation`, else `description`), plain text. */
  reviewBody: string | null;
}

/** Why a ClaimReview record was refused: stable codes, worded for people by the UI and the CLI. */
export type FactCheckRefusal =
  | 'not-an-object'
  | 'not-a-claim-review'
  | 'missing-claim-reviewed'
  | 'claim-reviewed-too-long'
  | 'missing-rating'
  | 'missing-author'
  | 'missing-url'
  | 'invalid-url'
  | 'unsafe-url'
  | 'missing-date'
  | 'invalid-date'
  /** A saved page's ld+json block that is not JSON, so whatever it held cannot be read. */
  | 'invalid-json-ld';

export type ReadFactCheckResult =
  | { ok: true; factCheck: ExternalFactCheckRecord }
  /** `field` names the offending field ("url", "author.url", "itemReviewed.appearance"). */
  | { ok: false; reason: FactCheckRefusal; field: string };
