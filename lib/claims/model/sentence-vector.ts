import type { ReasonTally, SentenceFeatures } from '../scoring/score-sentence';
import type { ClauseMood, SubjectKind } from '../signals/read-clause';
import type { Token } from '../text/word-types';
import type { QuantityKind, ReasonCode } from '../types';
import { hashString, mixHashes, SEED } from './feature-hash';
import type { SparseVector } from './sparse-vector';
import { SHAPE_FIRST_PERSON, SHAPE_KONJUNKTIV, SHAPE_KONJUNKTIV_2, wordShape } from './word-shape';

/**
 * What the trained model reads in a sentence: the hand-set rules' signals (each in a slot of its
 * own, so that its learned weight can be reported as a reason) and the sentence's words and word
 * pairs, hashed into the remaining slots.
 */
export interface SentenceContext {
  language: string;
  tokens: Token[];
  features: SentenceFeatures;
  /** The rules' reasons for this sentence (see `ruleLogit`). */
  rules: ReasonTally;
  ruleLogit: number;
  /** Position of the sentence in the text, 0 for the first (usually the headline). */
  index: number;
  paragraph: number;
  /** The text is this one sentence (a post, a quote, a debate line): it has no headline or position. */
  only: boolean;
  /** The text reads as a reader's post (`isInformalPost`): the model weighs its features apart from an article's. */
  post: boolean;
  /** A post's words and numbers, hashed once for the whole text (`postWordHashes`); empty for an article. */
  postWords: readonly number[];
}

const MARKS = new Set(['?', '!', ':', '"', '„', '“', '”', '»', '«', '(', ';']);

/** Slots of the signals, each with the reason it is reported under. */
const SIGNALS: ReadonlyArray<readonly [string, ReasonCode]> = [
  ['rules', 'declarative'],
  ['konjunktiv', 'reported-speech'],
  ['konjunktiv-with-speaker', 'reported-speech'],
  ['konjunktiv-2', 'reported-speech'],
  ['konjunktiv-2-with-speaker', 'reported-speech'],
  ['reported-clause', 'reported-speech'],
  ['speaker', 'reported-speech'],
  ['reports-fact', 'reported-speech'],
  ['direct-quote', 'direct-quote'],
  ['past-action', 'event'],
  ['question', 'question'],
  ['exclamation', 'exclamation'],
  ['first-person', 'opinion-marker'],
  ['digits', 'has-number'],
  ['quantities-1', 'has-number'],
  ['quantities-2', 'has-number'],
  ['quantities-3+', 'has-number'],
  ['percent', 'percentage'],
  ['money', 'money'],
  ['age', 'age'],
  ['duration', 'date'],
  ['date', 'date'],
  ['vague-amount', 'has-number'],
  ['number-despite-stance', 'has-number'],
  ['age-of-person', 'age'],
  ['result', 'has-number'],
  ['clock-time', 'schedule'],
  ['entities-1', 'named-entity'],
  ['entities-2+', 'named-entity'],
  ['subject-concrete', 'declarative'],
  ['subject-personal', 'opinion-marker'],
  ['subject-generic', 'opinion-marker'],
  ['subject-deictic', 'author-framing'],
  ['no-clause', 'declarative'],
  ['past-tense', 'event'],
  ['mood-obligation', 'decision'],
  ['mood-possibility', 'hedge'],
  ['mood-advice', 'normative'],
  ['mood-future', 'prediction'],
  ['nominal', 'declarative'],
  ['only-sentence', 'headline'],
  ['first-sentence', 'headline'],
  ['second-sentence', 'headline'],
  ['early-sentence', 'headline'],
  ['first-paragraph', 'headline'],
  ['words-<4', 'too-short'],
  ['words-<8', 'too-short'],
  ['words-<16', 'too-short'],
  ['words-<30', 'too-short'],
  ['words-30+', 'too-short'],
];

/** One slot per rule reason (its weight in the rules' tally), then the signals above. */
const RULE_CODES: readonly ReasonCode[] = [
  'has-number', 'percentage', 'money', 'date', 'age', 'named-entity', 'event', 'declarative', 'decision', 'reported-speech',
  'direct-quote', 'comparison', 'trend', 'causal', 'law-or-rule', 'prediction', 'statistic-term', 'public-interest',
  'opinion-marker', 'evaluative-language', 'feeling', 'hedge', 'author-framing', 'question', 'promise', 'normative',
  'vague-prediction', 'schedule', 'greeting', 'too-short', 'exclamation', 'conditional',
];

const ARTICLE_FEATURES = [...RULE_CODES.map((c) => `rule:${c}`), ...SIGNALS.map(([name]) => name)];
const ARTICLE_REASONS = [...RULE_CODES, ...SIGNALS.map(([, reason]) => reason)];
const ARTICLE_FIXED = ARTICLE_FEATURES.length;
/**
 * The names of the fixed slots: an article's from slot 0; a post's own copies of them and the
 * post's bias from the middle slot (`dim / 2`). A model's weights file names them, to be checked on load.
 */
export const FIXED_FEATURES: readonly string[] = [...ARTICLE_FEATURES, ...ARTICLE_FEATURES.map((name) => `post:${name}`), 'post'];
/** The reason each fixed slot is reported under, in the order of `FIXED_FEATURES`. */
export const FIXED_REASONS: readonly ReasonCode[] = [...ARTICLE_REASONS, ...ARTICLE_REASONS, 'reader-post'];
/** Hashed words and word pairs are reported together under this reason. */
export const WORDING_REASON: ReasonCode = 'wording';
const POST_FIXED = ARTICLE_FIXED + 1;

/** The index in `FIXED_FEATURES` of a model's slot, or -1 for a hashed slot. */
export function fixedIndex(slot: number, dim: number): number {
  const half = dim >> 1;
  if (slot < ARTICLE_FIXED) return slot;
  return slot >= half && slot < half + POST_FIXED ? slot - half + ARTICLE_FIXED : -1;
}

const ruleSlot = new Map<ReasonCode, number>(RULE_CODES.map((c, i) => [c, i]));
/** Each signal's slot by name, as properties of one object (a lookup the compiler resolves, where a Map hashes the name). */
const S: Readonly<Record<string, number>> = Object.fromEntries(SIGNALS.map(([name], i) => [name, RULE_CODES.length + i]));
const SUBJECT_SLOT: Readonly<Record<SubjectKind, number>> = {
  concrete: S['subject-concrete'] as number,
  personal: S['subject-personal'] as number,
  generic: S['subject-generic'] as number,
  deictic: S['subject-deictic'] as number,
};
const MOOD_SLOT: Readonly<Record<ClauseMood, number>> = {
  indicative: -1,
  obligation: S['mood-obligation'] as number,
  possibility: S['mood-possibility'] as number,
  advice: S['mood-advice'] as number,
  future: S['mood-future'] as number,
};

/** Slots of signals picked per sentence from a few, found by name once here rather than for each sentence. */
const slots = (...names: string[]): number[] => names.map((name) => S[name] as number);
const QUANTITY_COUNT_SLOTS = slots('quantities-1', 'quantities-2', 'quantities-3+');
const ENTITY_COUNT_SLOTS = slots('entities-1', 'entities-2+');
const WORD_COUNT_SLOTS = slots('words-<4', 'words-<8', 'words-<16', 'words-<30', 'words-30+');
const [KONJUNKTIV, KONJUNKTIV_WITH_SPEAKER, KONJUNKTIV_2, KONJUNKTIV_2_WITH_SPEAKER] = slots('konjunktiv', 'konjunktiv-with-speaker', 'konjunktiv-2', 'konjunktiv-2-with-speaker') as [number, number, number, number];
/** The quantity kinds that have a signal of their own, else -1. */
const KIND_SLOT: Readonly<Record<QuantityKind, number>> = {
  percent: S['percent'] as number,
  money: S['money'] as number,
  age: S['age'] as number,
  duration: S['duration'] as number,
  date: S['date'] as number,
  count: -1,
  measure: -1,
};

const NUMBER_HASH = hashString('#number', SEED.word);
const POST_HASH = hashString('#post', SEED.word);
const POST_NUMBER_HASH = hashString('#number', SEED.text);
const START_HASH = hashString('#start', SEED.word);
/** By character code: a mark is one character. */
const markHashes = new Map<number, number>([...MARKS].map((m) => [m.charCodeAt(0), hashString(m, SEED.word)]));

/**
 * A hash's slot in the lower half, an article's (`dim` is a power of two, so integer masking
 * rather than a division of doubles); the few that land on a fixed slot move up past them.
 */
function hashedSlot(hash: number, dim: number): number {
  const slot = hash & ((dim >> 1) - 1);
  return slot < ARTICLE_FIXED ? slot + ARTICLE_FIXED : slot;
}

/** A hash's slot in the upper half, a post's, past its fixed block. */
function postHashedSlot(hash: number, dim: number): number {
  const half = dim >> 1;
  const slot = hash & (half - 1);
  return half + (slot < POST_FIXED ? slot + POST_FIXED : slot);
}

/** A post's copy of a slot, in the upper half: comments never move an article's weights. */
function postSlot(slot: number, dim: number): number {
  return slot < ARTICLE_FIXED ? (dim >> 1) + slot : postHashedSlot(mixHashes(slot, POST_HASH), dim);
}

/**
 * The words and numbers of a whole post, hashed, each once. A comment's label is the whole
 * comment's: each of its sentences is read with them.
 */
export function postWordHashes(tokens: readonly Token[]): number[] {
  const seen = new Set<number>();
  for (const t of tokens) {
    if (t.kind === 'number') seen.add(POST_NUMBER_HASH);
    else if (t.kind === 'word') seen.add(hashString(t.lower, SEED.text));
  }
  return [...seen];
}

/**
 * Words, numbers and marks with their pairs, all at 1/√(their count): one pass writes the slots,
 * then the value is set on them, so the tokens are walked once.
 */
function addWords(v: SparseVector, tokens: Token[], dim: number): void {
  const from = v.length;
  let words = 0;
  let previous = START_HASH;
  for (const t of tokens) {
    let hash: number;
    if (t.kind === 'number') hash = NUMBER_HASH;
    else if (t.kind === 'punct') {
      // Punctuation tokens are one UTF-16 unit each.
      const mark = markHashes.get(t.text.charCodeAt(0));
      if (mark === undefined) continue;
      hash = mark;
    } else {
      const hashes = t.facts ? t.facts.hashes : [hashString(t.lower, SEED.word)];
      hash = hashes[0] as number;
      for (let k = 1; k < hashes.length; k++) v.addSlot(hashedSlot(hashes[k] as number, dim));
    }
    words++;
    v.addSlot(hashedSlot(hash, dim));
    v.addSlot(hashedSlot(mixHashes(previous, hash), dim));
    previous = hash;
  }
  v.setValues(from, 1 / Math.sqrt(Math.max(1, words)));
}

function addQuantities(v: SparseVector, f: SentenceFeatures): void {
  const n = f.quantities.length;
  if (n > 0) v.add(QUANTITY_COUNT_SLOTS[Math.min(n, 3) - 1] as number, 1);
  let vague = 0;
  let specific = 0;
  let personAge = false;
  for (const q of f.quantities) {
    if (f.vague?.includes(q)) vague++;
    else {
      if (q.kind !== 'date') specific++;
      const kindSlot = KIND_SLOT[q.kind];
      if (kindSlot >= 0) v.add(kindSlot, 1);
      if (q.kind === 'age' && q.subject) personAge = true;
    }
  }
  if (vague > 0) v.add(S['vague-amount'] as number, 1);
  // The guideline counts numbers of any kind, stated as fact, whatever the wording around them
  // ("Doch offenbar lässt sich der Präsident (69) nicht einschüchtern"): a number beside a hedge,
  // an opinion or a modal has a weight of its own, and so has a named person's age.
  if (specific > 0 && hasStance(f)) v.add(S['number-despite-stance'] as number, 1);
  if (personAge) v.add(S['age-of-person'] as number, 1);
  if (f.result) v.add(S['result'] as number, 1);
  if (f.clockTime) v.add(S['clock-time'] as number, 1);
}

function hasStance(f: SentenceFeatures): boolean {
  const c = f.cues;
  const modal = f.clause !== null && f.clause.mood !== 'indicative';
  return modal || (c !== undefined && c.hedge + c.opinion + c.belief + c.evaluative + c.feeling + c.normative + c.conditional > 0);
}

function addClause(v: SparseVector, f: SentenceFeatures): void {
  const c = f.clause;
  if (!c) {
    v.add(S['no-clause'] as number, 1);
    return;
  }
  v.add(SUBJECT_SLOT[c.subject], 1);
  if (c.tense === 'past') v.add(S['past-tense'] as number, 1);
  if (c.mood !== 'indicative') v.add(MOOD_SLOT[c.mood], 1);
  if (c.nominal) v.add(S['nominal'] as number, 1);
  if (c.reported) v.add(S['reported-clause'] as number, 1);
}

function addShape(v: SparseVector, ctx: SentenceContext): void {
  const { tokens, features: f } = ctx;
  let konjunktiv = 0;
  let konjunktiv2 = 0;
  let firstPerson = false;
  let digits = false;
  for (const t of tokens) {
    if (t.kind === 'number') digits = true;
    else if (t.kind === 'word') {
      const shape = t.facts ? t.facts.shape : wordShape(t.lower, t.cap, ctx.language);
      if (shape === 0) continue;
      if (shape & SHAPE_KONJUNKTIV) konjunktiv++;
      else if (shape & SHAPE_KONJUNKTIV_2) konjunktiv2++;
      if (shape & SHAPE_FIRST_PERSON) firstPerson = true;
    }
  }
  if (konjunktiv > 0) v.add(f.speaker ? KONJUNKTIV_WITH_SPEAKER : KONJUNKTIV, Math.min(konjunktiv, 3));
  if (konjunktiv2 > 0) v.add(f.speaker ? KONJUNKTIV_2_WITH_SPEAKER : KONJUNKTIV_2, Math.min(konjunktiv2, 3));
  if (firstPerson) v.add(S['first-person'] as number, 1);
  if (digits) v.add(S['digits'] as number, 1);
  if (ctx.only) v.add(S['only-sentence'] as number, 1);
  else if (ctx.index === 0) v.add(S['first-sentence'] as number, 1);
  else if (ctx.index === 1) v.add(S['second-sentence'] as number, 1);
  else if (ctx.index < 5) v.add(S['early-sentence'] as number, 1);
  if (ctx.paragraph <= 1) v.add(S['first-paragraph'] as number, 1);
  const w = f.wordCount;
  v.add(WORD_COUNT_SLOTS[w < 4 ? 0 : w < 8 ? 1 : w < 16 ? 2 : w < 30 ? 3 : 4] as number, 1);
}

/**
 * Fills `v` with the features of one sentence, for a model of `dim` slots. Returns how many of
 * its entries are the article features (all of them, unless the text is a post).
 */
export function sentenceVector(ctx: SentenceContext, dim: number, v: SparseVector): number {
  v.clear();
  const f = ctx.features;
  ctx.rules.each((code, weight) => {
    const slot = ruleSlot.get(code);
    if (slot !== undefined) v.add(slot, weight);
  });
  v.add(S['rules'] as number, ctx.ruleLogit);
  if (f.speaker) v.add(S['speaker'] as number, 1);
  if (f.reportsFact) v.add(S['reports-fact'] as number, 1);
  if (f.directQuote) v.add(S['direct-quote'] as number, 1);
  if (f.pastAction) v.add(S['past-action'] as number, 1);
  if (f.question) v.add(S['question'] as number, 1);
  if (f.exclamation) v.add(S['exclamation'] as number, 1);
  if (f.entities.length > 0) v.add(ENTITY_COUNT_SLOTS[f.entities.length === 1 ? 0 : 1] as number, 1);
  addQuantities(v, f);
  addClause(v, f);
  addShape(v, ctx);
  addWords(v, ctx.tokens, dim);
  const article = v.length;
  if (ctx.post) addPostCopies(v, ctx, dim);
  return article;
}

/**
 * Each feature once more in a post's own slot (fixed slots in the second block, hashed ones in
 * the upper half), the post's bias and the whole post's words.
 */
function addPostCopies(v: SparseVector, ctx: SentenceContext, dim: number): void {
  const n = v.length;
  for (let k = 0; k < n; k++) v.add(postSlot(v.slots[k] as number, dim), v.values[k] as number);
  v.add((dim >> 1) + ARTICLE_FIXED, 1);
  const words = ctx.postWords;
  const value = 1 / Math.sqrt(Math.max(1, words.length));
  for (const hash of words) v.add(postHashedSlot(hash, dim), value);
}
