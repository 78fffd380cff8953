/**
 * Shapes of words as the extractor reads them: tokens, the shared record of each spelling, and
 * what a language knows about it. They live here, below the modules that make and read them, so
 * that the tokenizer, the word table, the feature modules and `word-facts.ts` (which calls those
 * modules) can all name them while their imports still run one way.
 */
import type { CueCode, Lexicon } from '../lexicon/lexicon-types';
import type { EntityKind } from '../types';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("EU", "CPC", "G20"). */
  caps: boolean;
  /** No space between this token and the previous one ("30-Tage", "5%", "$5"). */
  glued: boolean;
  /** The shared record of this spelling, for words and numbers; null for punctuation. */
  word: WordRecord | null;
  /** What the sentence's language knows about the word, once the extractor has looked it up. */
  facts: WordFacts | null;
}

/**
 * One spelling of a word or number, shared by every token that spells it. What the extractor
 * needs to know about a word is worked out once per spelling and kept here.
 */
export interface WordRecord {
  text: string;
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("EU", "CPC", "G20"). */
  caps: boolean;
  /** What each language model knows about the word, by the model's slot (see `word-facts.ts`). */
  facts: Array<WordFacts | undefined>;
}

/**
 * What a language model knows about one spelling, worked out the first time the spelling is met
 * and kept on its `WordRecord`: one lookup per token instead of one per question per token.
 */
export interface WordFacts {
  /** Cue phrases starting with this word. */
  phrases: PhraseGroup | null;
  /** The groups of phrases in which this word can come second. */
  continues: ReadonlySet<PhraseGroup> | null;
  /** Cues carried by the end of a compound ("Klimaschutzgesetz"). */
  compound: readonly CueCode[] | null;
  /** Has the form of a superlative ("längste", "tallest"). */
  superlative: boolean;
  /** Value as a number word ("zwei", "seventy-five"), else null. */
  numberValue: number | null;
  /** Can start a quantity: a number word, a month, "zehnjährige"… */
  quantityStart: QuantityStart;
  /** A word that introduces a person's name ("Präsidentin", "senator"). */
  title: boolean;
  notName: boolean;
  /** Kind in the gazetteer of well-known names. */
  known: EntityKind | null;
  /** Kind the word has on its own: well-known, an organisation word, or an acronym. */
  kind: EntityKind | null;
  pastForm: 'auxiliary' | 'participle' | null;
  /** Closed word classes for reading the clause, as bits (see `read-clause.ts`). */
  clause: number;
  /** For the trained model: the word's hash first, then those of its pieces (start, end, and inner letter groups of long words). */
  hashes: readonly number[];
  /** For the trained model: bits of the word's form (Konjunktiv, first person; see `model/word-shape.ts`). */
  shape: number;
}

/** A language's knowledge of words; `slot` says where its facts sit on a `WordRecord`. */
export interface WordModel {
  slot: number;
  language: string;
  /** Null for languages whose wording is not read (only their numbers are). */
  cues: CueIndex | null;
  entities: EntityLexicon | null;
  clauses: ClauseReader | null;
}

/**
 * Whether a word can start a quantity (see `find-quantities.ts`); `before-scale` only when a
 * scale, a fraction or an ordinal follows it ("a million", "ein Drittel").
 */
export type QuantityStart = 'yes' | 'no' | 'before-scale';

export interface Phrase {
  words: string[];
  code: CueCode;
  initial: boolean;
}

/**
 * The phrases that start with one word, longest first. Most tokens are not followed by any of the
 * longer phrases' second words, so `seconds` lets them go straight to the one-word phrases.
 */
export interface PhraseGroup {
  longer: Phrase[];
  seconds: Set<string>;
  single: Phrase[];
}

/** A language's cue phrases, compiled for lookup by first word (see `scan-cues.ts`). */
export interface CueIndex {
  language: string;
  phrases: Map<string, PhraseGroup>;
  /** For each second word of a longer phrase, the groups whose phrases it continues. */
  followers: Map<string, Set<PhraseGroup>>;
  endings: Map<string, CueCode[]>;
  minEnding: number;
  maxEnding: number;
}

/** A language's words for names, compiled for lookup (see `find-entities.ts`). */
export interface EntityLexicon {
  lexicon: Lexicon;
  /** Remembers which words are titles ("Außenministerin"): checking endings for every word is slow. */
  titleCache: Map<string, boolean>;
  organisationCache: Map<string, boolean>;
  titles: Set<string>;
  notNames: Set<string>;
  organisationWords: Set<string>;
}

/** A language's closed word classes, built once per language: each listed word with its class bits (see `read-clause.ts`). */
export interface ClauseReader {
  language: string;
  classes: Map<string, number>;
}
