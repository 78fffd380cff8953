import * as pastModule from './detect-past-action';
import * as entityModule from './find-entities';
import * as quantityModule from '../quantities/find-quantities';
import * as numberWordModule from '../quantities/number-words';
import * as clauseModule from './read-clause';
import * as cueModule from './scan-cues';
import * as hashModule from '../model/feature-hash';
import * as shapeModule from '../model/word-shape';
import type { Token, WordFacts, WordModel, WordRecord } from '../text/word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { pastFormOf } = pastModule;
const { isTitle, knownKind, standaloneKind } = entityModule;
const { quantityStartOf } = quantityModule;
const { clauseClassesOf } = clauseModule;
const { parseNumberWord } = numberWordModule;
const { compoundCodesOf, isSuperlativeForm } = cueModule;
const { hashString, SEED } = hashModule;
const { wordShape } = shapeModule;

/** Long words are read in groups of this many letters too: German compounds share their parts ("Flüchtlings-lager", "-quartier"). */
const GRAM = 4;
const LONG_WORD = 8;

/**
 * The word, its stem-like start, its inflection-like end ("habe" and "sei" share "-e" with other
 * Konjunktiv forms) and, for long words, their letter groups.
 */
function wordHashes(lower: string): readonly number[] {
  const hashes = [hashString(lower, SEED.word)];
  if (lower.length > 5) hashes.push(hashString(lower.slice(0, 5), SEED.prefix));
  if (lower.length > 4) hashes.push(hashString(lower.slice(-3), SEED.suffix));
  if (lower.length >= LONG_WORD) for (let k = 0; k + GRAM <= lower.length; k += 2) hashes.push(hashString(lower.slice(k, k + GRAM), SEED.gram));
  return hashes;
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
    shape: wordShape(lower, word.cap, language),
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
