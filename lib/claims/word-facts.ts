import * as pastModule from './detect-past-action';
import * as entityModule from './find-entities';
import type { EntityLexicon } from './find-entities';
import * as quantityModule from './find-quantities';
import * as clauseModule from './read-clause';
import type { QuantityStart } from './find-quantities';
import type { ClauseReader } from './read-clause';
import type { CueCode } from './lexicon-types';
import * as numberWordModule from './number-words';
import * as cueModule from './scan-cues';
import type { CueIndex, PhraseGroup } from './scan-cues';
import type { Token } from './tokenize';
import type { EntityKind } from './types';
import type { WordRecord } from './word-table';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { pastFormOf } = pastModule;
const { isTitle, knownKind, standaloneKind } = entityModule;
const { quantityStartOf } = quantityModule;
const { clauseClassesOf } = clauseModule;
const { parseNumberWord } = numberWordModule;
const { compoundCodesOf, isSuperlativeForm } = cueModule;

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

function analyze(word: WordRecord, model: WordModel): WordFacts {
  const { lower } = word;
  const { cues, entities, language } = model;
  return {
    phrases: cues ? (cues.phrases.get(lower) ?? null) : null,
    continues: cues ? (cues.followers.get(lower) ?? null) : null,
    compound: cues ? compoundCodesOf(lower, cues) : null,
    superlative: isSuperlativeForm(lower, language),
    numberValue: parseNumberWord(lower, language),
    quantityStart: quantityStartOf(lower, language),
    title: entities ? isTitle(entities, lower) : false,
    notName: entities ? entities.notNames.has(lower) : false,
    known: knownKind(lower, word.caps) ?? null,
    kind: entities ? standaloneKind(entities, word) : null,
    pastForm: pastFormOf(lower, word.cap, language),
    clause: model.clauses ? clauseClassesOf(model.clauses, lower) : 0,
  };
}

/** Gives every word of a sentence the facts its language knows about it; returns how many words and numbers it has. */
export function annotateWords(tokens: Token[], model: WordModel): number {
  const slot = model.slot;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    count++;
    const word = t.word;
    if (t.kind === 'word' && word) t.facts = word.facts[slot] ?? (word.facts[slot] = analyze(word, model));
  }
  return count;
}
