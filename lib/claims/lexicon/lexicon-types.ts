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
  /** Modals of obligation ("muss", "must", "has to"): a report of a duty or decision, or a demand, by their subject. */
  | 'obligation'
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
 * Closed word classes for reading who a sentence's subject is and which finite verb it has (see
 * `read-clause.ts`). Lower case.
 */
export interface ClauseGrammar {
  /** Subject pronouns of the speaker or the audience: "ich", "wir", "you". */
  personal: readonly string[];
  /** Their possessives: "unser", "my"; "our country" speaks for the speaker, not about a party. */
  personalPossessives: readonly string[];
  /** Anyone at all: "man", "jeder", "everyone", "people". */
  generic: readonly string[];
  /** Pointers to the situation rather than names of something: "das", "es", "it", "that's". */
  deictic: readonly string[];
  /** Pronouns that stand for someone or something named: "er", "she", "there". */
  concrete: readonly string[];
  /** Articles, possessives, quantifiers and hedges that open a noun phrase. */
  determiners: readonly string[];
  prepositions: readonly string[];
  /** Words that open a clause put before the main one ("ob", "nachdem", "when", "according"). */
  introducers: readonly string[];
  /** Adverbs and negations that may stand between a subject and its verb ("nie", "never", "not"). */
  adverbs: readonly string[];
  negations: readonly string[];
  /** Conjunctions that may stand before a main clause's first constituent ("Und deshalb hat…", "Doch offenbar lässt…"). */
  coordinators: readonly string[];
  /** Finite forms of the auxiliaries and of verbs that behave like them, by tense. */
  presentAuxiliaries: readonly string[];
  pastAuxiliaries: readonly string[];
  /** Irregular past forms and participles ("trat", "gewann", "won", "born"). */
  strongPast: readonly string[];
  obligationModals: readonly string[];
  possibilityModals: readonly string[];
  /** Advice and the subjunctive: "sollte", "müsste", "should", "would". */
  adviceModals: readonly string[];
  futureAuxiliaries: readonly string[];
  /** Forms of "sein"/"be" and verbs like them, whose complement says what the subject is. */
  copulas: readonly string[];
  /**
   * Finite forms of the Konjunktiv I (German "sei", "habe", "könne", "gebe"): in news the normal
   * way of reporting what someone said, an attributed statement rather than a hedge.
   */
  reportedForms: readonly string[];
}

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
  grammar: ClauseGrammar;
}
