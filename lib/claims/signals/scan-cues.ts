import type { CueCode, Lexicon } from '../lexicon/lexicon-types';
import * as numberWordModule from '../quantities/number-words';
import type { CueIndex, Phrase, PhraseGroup, Token } from '../text/word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { parseNumberWord } = numberWordModule;

export type CueCounts = Record<CueCode, number>;

export interface CueScan {
  counts: CueCounts;
  /** Where reporting verbs ("sagte", "according to") and verbs of belief start, and how many tokens they span. */
  reporting: Array<{ index: number; length: number; belief: boolean }>;
}

const CODES: readonly CueCode[] = [
  'opinion', 'belief', 'evaluative', 'feeling', 'hedge', 'framing', 'greeting', 'filler', 'promise', 'normative',
  'obligation', 'schedule', 'event', 'reporting', 'comparison', 'superlative', 'trend', 'causal', 'law', 'future', 'statistic',
  'conditional', 'time', 'topic',
];

/** English words that are also names or months when capitalized mid-sentence ("Bill", "May"). */
const ENGLISH_CAPITAL_NAMES = new Set(['may', 'will', 'bill', 'march', 'mark', 'hope', 'grace', 'rose', 'rule', 'cost', 'cut', 'fall']);
const GERMAN_FUTURE = new Set(['wird', 'werden', 'werde', 'wirst']);
const GERMAN_COMPARATIVES = new Set(['mehr', 'weniger', 'besser', 'schlechter', 'höher', 'niedriger', 'größer', 'kleiner', 'teurer', 'billiger', 'stärker', 'schwächer', 'schneller', 'langsamer', 'älter', 'jünger', 'länger', 'kürzer']);
const NOT_COMPARATIVES = new Set(['immer', 'wieder', 'unter', 'hinter', 'aber', 'oder', 'weder', 'zuvor', 'sowieso', 'außer', 'später']);
const ENGLISH_BOUNDS = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower']);
/** Words that introduce a superlative ("der längste", "its lowest"). */
const SUPERLATIVE_DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'the', 'its', 'their', 'his', 'her']);
/** Words ending like superlatives that are not: ordinals, "nächste", adjectives on -st, nouns on -est. */
const NOT_SUPERLATIVE_STEMS = ['erst', 'nächst', 'ernst', 'fest', 'dreist', 'robust', 'trist', 'wüst', 'selbst', 'just', 'meist'];
const NOT_SUPERLATIVES = new Set([
  'interest', 'contest', 'protest', 'request', 'forest', 'harvest', 'honest', 'modest', 'manifest', 'arrest', 'conquest',
  'suggest', 'digest', 'behest', 'earnest', 'inquest', 'unrest', 'priest', 'invest', 'bequest', 'midwest', 'southwest',
  'northwest', 'latest', 'nearest', 'tempest', 'dearest',
]);
const GERMAN_SUPERLATIVE_ENDINGS = ['ste', 'sten', 'ster', 'stes', 'stem'];

/** Compiles a lexicon's phrases into a lookup by first word. */
export function buildCueIndex(lexicon: Lexicon, language: string): CueIndex {
  const phrases = new Map<string, PhraseGroup>();
  for (const code of CODES) {
    for (const raw of lexicon.cues[code]) {
      const initial = raw.startsWith('^');
      const words = (initial ? raw.slice(1) : raw).split(' ');
      const first = words[0] ?? '';
      const group = phrases.get(first) ?? { longer: [], seconds: new Set<string>(), single: [] };
      if (words.length > 1) {
        group.longer.push({ words, code, initial });
        group.seconds.add(words[1] ?? '');
      } else group.single.push({ words, code, initial });
      phrases.set(first, group);
    }
  }
  const followers = new Map<string, Set<PhraseGroup>>();
  for (const group of phrases.values()) {
    group.longer.sort((a, b) => b.words.length - a.words.length);
    for (const second of group.seconds) followers.set(second, (followers.get(second) ?? new Set<PhraseGroup>()).add(group));
  }
  const endings = new Map<string, CueCode[]>();
  let minEnding = Infinity;
  let maxEnding = 0;
  for (const code of CODES) {
    for (const ending of lexicon.compoundEndings[code] ?? []) {
      const list = endings.get(ending) ?? [];
      list.push(code);
      endings.set(ending, list);
      minEnding = Math.min(minEnding, ending.length);
      maxEnding = Math.max(maxEnding, ending.length);
    }
  }
  return { language, phrases, followers, endings, minEnding, maxEnding };
}

function emptyCounts(): CueCounts {
  return {
    opinion: 0, belief: 0, evaluative: 0, feeling: 0, hedge: 0, framing: 0, greeting: 0, filler: 0, promise: 0,
    normative: 0, obligation: 0, schedule: 0, event: 0, reporting: 0, comparison: 0, superlative: 0, trend: 0, causal: 0, law: 0,
    future: 0, statistic: 0, conditional: 0, time: 0, topic: 0,
  };
}

function isNumberToken(t: Token | undefined, language: string): boolean {
  if (!t) return false;
  return t.kind === 'number' || (t.facts ? t.facts.numberValue : parseNumberWord(t.lower, language)) !== null;
}

/** "wird steigen" is a prediction; "wird transportiert" (passive) and "worden" are not. */
function germanFutureAt(tokens: Token[], i: number): boolean {
  let last: Token | undefined;
  for (let k = i + 1; k < tokens.length && k - i < 25; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct') {
      if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!' || t.text === '“' || t.text === '"') break;
      continue;
    }
    last = t;
  }
  if (!last || last.cap) return false;
  const w = last.lower;
  return (w.endsWith('en') || w.endsWith('ern') || w.endsWith('eln')) && !w.startsWith('ge') && w !== 'worden' && w !== 'werden' && w.length > 3;
}

function comparisonAt(tokens: Token[], i: number, language: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || prev.kind !== 'word') return false;
  const numberFollows = isNumberToken(tokens[i + 1], language) || tokens[i + 1]?.kind === 'punct';
  if (t.lower === 'than') return !(ENGLISH_BOUNDS.has(prev.lower) && numberFollows);
  if (t.lower === 'als' && language === 'de') {
    if (numberFollows && (prev.lower === 'mehr' || prev.lower === 'weniger')) return false;
    if (!prev.cap && prev.lower.length >= 5 && prev.lower.endsWith('er') && !NOT_COMPARATIVES.has(prev.lower)) return true;
    // Separable verbs put words between: "stoßen weniger CO2 aus als Verbrenner".
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) if (GERMAN_COMPARATIVES.has(tokens[k]?.lower ?? '')) return true;
    return false;
  }
  return false;
}

export function isSuperlativeForm(w: string, language: string): boolean {
  if (language === 'en') return w.length >= 6 && w.endsWith('est') && !NOT_SUPERLATIVES.has(w);
  if (w.length < 6) return false;
  const ending = GERMAN_SUPERLATIVE_ENDINGS.find((e) => w.endsWith(e));
  if (!ending) return false;
  const stem = w.slice(0, w.length - ending.length + 2);
  return !NOT_SUPERLATIVE_STEMS.some((s) => stem.endsWith(s));
}

/** A superlative by its form after an article: "der längste Fluss", "the tallest mountain", "its lowest level". */
function superlativeAt(tokens: Token[], i: number, index: CueIndex): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.kind !== 'word' || t.cap || !(t.facts ? t.facts.superlative : isSuperlativeForm(t.lower, index.language))) return false;
  return SUPERLATIVE_DETERMINERS.has(prev.lower);
}

/** "so niedrig wie", "as high as": an equality comparison, unless a number follows ("as many as 300"). */
function equalityAt(tokens: Token[], i: number, language: string): boolean {
  const t = tokens[i];
  const word = language === 'de' ? 'wie' : language === 'en' ? 'as' : '';
  if (!t || t.lower !== word || isNumberToken(tokens[i + 1], language)) return false;
  const adjective = tokens[i - 1];
  const opener = tokens[i - 2]?.lower ?? '';
  if (!adjective || adjective.kind !== 'word' || adjective.cap) return false;
  return language === 'de' ? opener === 'so' || opener === 'genauso' || opener === 'ebenso' : opener === 'as';
}

function findCompoundCodes(w: string, index: CueIndex): CueCode[] | null {
  let found: CueCode[] | null = null;
  for (let len = Math.min(index.maxEnding, w.length - 3); len >= index.minEnding && !found; len--) {
    found = index.endings.get(w.slice(w.length - len)) ?? null;
  }
  return found;
}

/** Cues carried by the end of a compound word ("Klimaschutzgesetz" → law), or null. */
export function compoundCodesOf(w: string, index: CueIndex): CueCode[] | null {
  return index.endings.size > 0 && w.length > index.minEnding + 2 ? findCompoundCodes(w, index) : null;
}

/** Whether `next` can be the second word of one of the group's longer phrases. */
function continues(next: Token | undefined, group: PhraseGroup): boolean {
  if (!next) return false;
  if (!next.facts) return group.seconds.has(next.lower);
  const groups = next.facts.continues;
  return groups !== null && groups.has(group);
}

/** The first of `phrases` that the tokens from `i` spell, or null. */
function matchPhrase(tokens: Token[], i: number, phrases: readonly Phrase[], firstWord: number): Phrase | null {
  for (const phrase of phrases) {
    if (phrase.initial && i !== firstWord) continue;
    let ok = true;
    for (let w = 1; w < phrase.words.length; w++) {
      if (tokens[i + w]?.lower !== phrase.words[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (phrase.code === 'future' && GERMAN_FUTURE.has(phrase.words[0] ?? '') && !germanFutureAt(tokens, i)) continue;
    return phrase;
  }
  return null;
}

/** One scan, reused from one sentence to the next: most sentences' cue counts are read once and dropped. */
const shared: CueScan = { counts: emptyCounts(), reporting: [] };

function reset(scan: CueScan): void {
  const c = scan.counts;
  c.opinion = c.belief = c.evaluative = c.feeling = c.hedge = c.framing = c.greeting = c.filler = c.promise = 0;
  c.normative = c.obligation = c.schedule = c.event = c.reporting = c.comparison = c.superlative = c.trend = c.causal = c.law = 0;
  c.future = c.statistic = c.conditional = c.time = c.topic = 0;
  scan.reporting.length = 0;
}

/** Counts the cues of each kind in one sentence's tokens. The result is valid until the next call. */
export function scanCues(tokens: Token[], index: CueIndex): CueScan {
  reset(shared);
  const { counts, reporting } = shared;
  let firstWord = 0;
  while (firstWord < tokens.length && tokens[firstWord]?.kind !== 'word') firstWord++;
  const english = index.language === 'en';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'number') continue;
    const w = t.lower;
    if ((w === 'than' || w === 'als') && comparisonAt(tokens, i, index.language)) counts.comparison++;
    else if ((w === 'wie' || w === 'as') && equalityAt(tokens, i, index.language)) counts.comparison++;
    if (english && t.cap && ENGLISH_CAPITAL_NAMES.has(t.lower) && (i > firstWord || tokens[i + 1]?.cap)) continue;
    const group = t.facts ? t.facts.phrases : index.phrases.get(t.lower);
    if (!group && superlativeAt(tokens, i, index)) counts.superlative++;
    if (group) {
      const phrase = (continues(tokens[i + 1], group) ? matchPhrase(tokens, i, group.longer, firstWord) : null) ?? matchPhrase(tokens, i, group.single, firstWord);
      if (phrase) {
        counts[phrase.code]++;
        if (phrase.code === 'reporting' || phrase.code === 'belief') {
          reporting.push({ index: i, length: phrase.words.length, belief: phrase.code === 'belief' });
        }
      }
    }
    if (t.kind === 'word') {
      const codes = t.facts ? t.facts.compound : compoundCodesOf(t.lower, index);
      if (codes) for (const code of codes) counts[code]++;
    }
  }
  return shared;
}
