/**
 * Shapes returned by `extractClaims`. Offsets are JavaScript string indices (UTF-16 code units)
 * into the text that was passed in, so `text.slice(start, end)` gives back the quoted piece.
 */

/** Claim types, after the taxonomies used in automated fact-checking research. */
export type ClaimType = 'quantity' | 'event' | 'quote' | 'causal' | 'comparison' | 'prediction' | 'law' | 'other';

export const CLAIM_TYPES: readonly ClaimType[] = [
  'quantity',
  'event',
  'quote',
  'causal',
  'comparison',
  'prediction',
  'law',
  'other',
];

/** The languages whose wording the extractor understands; others get sentences and numbers only. */
export type SupportedLanguage = 'de' | 'en';

export type EntityKind = 'person' | 'organisation' | 'place';

/**
 * What a number measures. `count` is a plain number of things ("2.000 Menschen"), `percent` a
 * share (a percentage, or a fraction such as "zwei Drittel"), `measure` a physical unit (km, t,
 * barrel…), `duration` a span of time ("30 Tage"), `age` a person's age, `date` a calendar date or year.
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'measure' | 'duration' | 'age' | 'date';

export interface Quantity {
  /** The words of the text that state the number, e.g. "rund zwei Millionen". */
  text: string;
  /**
   * The normalized number: 2000000 for "zwei Millionen", 3.5 for "3,5 %". For a range, the lower
   * bound (see `max`). For a date, the year when one is written, otherwise the day of the month.
   */
  value: number;
  /**
   * 'percent', 'percentage-point', 'fraction' (a share given as a fraction: `value` is the share of
   * one, 1/3 for "ein Drittel"), 'times' ("zum dritten Mal"), an ISO 4217 currency code, 'day',
   * 'year', 'km', 'date'… or null.
   */
  unit: string | null;
  kind: QuantityKind;
  /**
   * True when the text hedges the number ("rund", "etwa", "knapp", "about", "nearly"…) or names
   * only its scale ("Hunderte", "thousands of": `value` is then the scale, 100 or 1000).
   */
  approx: boolean;
  /** Set when the text gives a bound rather than the number itself ("mehr als", "up to"). */
  bound?: 'at-least' | 'at-most';
  /** Upper end of a range ("20 bis 30 Prozent" has value 20 and max 30). */
  max?: number;
  /** Who or what the number belongs to, e.g. the person whose age it is. */
  subject?: string;
  /** For dates, the ISO 8601 form: "2022-11-24", "2022-11", "2022" or "--11-24" without a year. */
  date?: string;
  start: number;
  end: number;
}

export interface Entity {
  text: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/**
 * Who is quoted or reported. `start`/`end` locate the mention that names them; for a pronoun
 * ("sagte er") or a quote spanning several sentences that mention may lie outside the claim.
 */
export interface Speaker {
  name: string;
  start: number;
  end: number;
}

/** Stable codes for the features that moved a score; `reason-labels.ts` words them for people. */
export type ReasonCode =
  | 'has-number'
  | 'percentage'
  | 'money'
  | 'date'
  | 'age'
  | 'named-entity'
  | 'event'
  | 'declarative'
  | 'decision'
  | 'reported-speech'
  | 'direct-quote'
  | 'comparison'
  | 'trend'
  | 'causal'
  | 'law-or-rule'
  | 'prediction'
  | 'statistic-term'
  | 'public-interest'
  | 'opinion-marker'
  | 'evaluative-language'
  | 'feeling'
  | 'hedge'
  | 'author-framing'
  | 'question'
  | 'promise'
  | 'normative'
  | 'vague-prediction'
  | 'schedule'
  | 'greeting'
  | 'too-short'
  | 'exclamation'
  | 'conditional'
  | 'unsupported-language'
  /** The words and word pairs of the sentence, as the trained model weighs them. */
  | 'wording'
  /** Where the sentence stands: the headline, the opening, its length. */
  | 'headline'
  | 'reader-post';

/** One feature and how much it moved the score (log-odds; positive raises, negative lowers). */
export interface Reason {
  readonly code: ReasonCode;
  readonly weight: number;
}

export interface Claim {
  text: string;
  start: number;
  end: number;
  language: string;
  type: ClaimType;
  /** Probability that the sentence is check-worthy (0 to 1), from the trained model, calibrated on labelled news. */
  score: number;
  /** Strongest first. */
  reasons: Reason[];
  quantities: Quantity[];
  entities: Entity[];
  speaker: Speaker | null;
}

export interface ExtractOptions {
  /** 'de' or 'en' to skip detection; any other code is treated as an unsupported language. */
  language?: SupportedLanguage | string;
  /** Claims scoring below this are dropped. Default: the language's threshold, chosen on labelled news (0.5 for other languages). */
  minScore?: number;
  /** Keep only the highest-scoring claims, still returned in text order. */
  maxClaims?: number;
}

export interface ExtractionResult {
  /** ISO 639-1 code, or 'und' when the language could not be told. */
  language: string;
  languageSource: 'detected' | 'option';
  /** False when the language is neither German nor English: only numbers were scored. */
  supported: boolean;
  /** How many sentences were read, claims or not. */
  sentenceCount: number;
  /** In text order. */
  claims: Claim[];
}
