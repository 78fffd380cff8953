import * as pastModule from './detect-past-action';
import * as entityModule from './find-entities';
import * as quantityModule from '../quantities/find-quantities';
import * as numberWordModule from '../quantities/number-words';
import * as clauseModule from './read-clause';
import * as cueModule from './scan-cues';
import * as hashModule from '../model/feature-hash';
import type { Token, WordFacts, WordModel, WordRecord } from '../text/word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { pastFormOf } = pastModule;
const { isTitle, knownKind, standaloneKind } = entityModule;
const { quantityStartOf } = quantityModule;
const { clauseClassesOf } = clauseModule;
const { parseNumberWord } = numberWordModule;
const { compoundCodesOf, isSuperlativeForm } = cueModule;
const { hashString, SEED } = hashModule;

/** The word, its stem-like start and its inflection-like end ("habe" and "sei" share "-e" with other Konjunktiv forms). */
function wordHashes(lower: string): readonly [number, number, number] {
  return [hashString(lower, SEED.word), lower.length > 5 ? hashString(lower.slice(0, 5), SEED.prefix) : 0, lower.length > 4 ? hashString(lower.slice(-3), SEED.suffix) : 0];
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
    hashes: wordHashes(lower),
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
