/** Groups of words and phrases whose presence moves a sentence's check-worthiness or type. */
export type CueCode =
  | 'opinion'
  | 'belief'
  | 'evaluative'
  | 'feeling'
  | 'hedge'
  | 'framing'
  | 'greeting'
  | 'filler'
  | 'promise'
  | 'normative'
  | 'schedule'
  | 'event'
  | 'reporting'
  | 'comparison'
  | 'superlative'
  | 'trend'
  | 'causal'
  | 'law'
  | 'future'
  | 'statistic'
  | 'conditional'
  /** A reference to a past day or period ("am Montag", "last year"). */
  | 'time'
  /** Subjects the public argues about and fact-checkers check: vaccines, elections, migration, climate… */
  | 'topic';

/**
 * The words one language contributes. Phrases are lower case, words separated by single spaces;
 * a leading '^' means the phrase counts only at the start of a sentence.
 */
export interface Lexicon {
  cues: Record<CueCode, readonly string[]>;
  /** Endings of compounds that carry a cue ("Klimaschutzgesetz" ends in "gesetz"). */
  compoundEndings: Partial<Record<CueCode, readonly string[]>>;
  /** Lower-case words that introduce a person's name ("Präsident", "economist"). */
  personTitles: readonly string[];
  /** Endings of such words in compounds ("Außenministerin", "Konzernchef"). */
  personTitleEndings: readonly string[];
  /** Lower-case words that make a capitalized name an organisation ("Bank", "Ministry"). */
  organisationWords: readonly string[];
  organisationEndings: readonly string[];
  /** Pronouns that stand for the last person named ("he", "sie"). */
  pronouns: readonly string[];
  /** Capitalized words that are never names in this language: articles, pronouns, days… */
  notNames: readonly string[];
}
