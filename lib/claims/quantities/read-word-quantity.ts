import * as numberWordModule from './number-words';
import * as quantityWordModule from './quantity-words';
import type { QuantityKind } from '../types';
import type { Token } from '../text/word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { articleOnes, parseNumberWord } = numberWordModule;
const { quantityWords } = quantityWordModule;

/** A quantity that words state rather than a number: its tokens [from, to), value, unit and kind. */
export interface WordQuantity {
  from: number;
  to: number;
  value: number;
  unit: string | null;
  kind: QuantityKind;
  approx: boolean;
  /** Named by its scale alone ("Hunderte", "thousands of"): an order of magnitude, not a count. */
  vague: boolean;
}

const ENGLISH_ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
]);
/** German ordinal stems that do not follow "cardinal + t": "erst", "dritt", "siebt", "acht". */
const GERMAN_ORDINAL_STEMS = new Map<string, number>([['erst', 1], ['dritt', 3], ['siebt', 7], ['siebent', 7], ['acht', 8]]);
const GERMAN_ENDINGS = ['en', 'em', 'er', 'es', 'e'];
const ENGLISH_ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** "jeder Fünfte": every n-th, a share of 1/n. */
export const EACH = new Set(['jeder', 'jede', 'jedes', 'jeden', 'jedem']);
const ARTICLES = new Set(['die', 'der', 'zur']);
const HALF_OF = new Set(['of', 'the', 'all', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Words that make "a quarter" a share even without "of" ("almost a quarter (21%)"). */
const HEDGES_BEFORE_FRACTION = new Set(['almost', 'nearly', 'about', 'roughly', 'around', 'over', 'under', 'than', 'just']);

/** "two-thirds", "three-quarters": a share written as one hyphenated word, or null. */
export function hyphenFraction(lower: string): number | null {
  const dash = lower.indexOf('-');
  if (dash <= 0) return null;
  const numerator = parseNumberWord(lower.slice(0, dash), 'en');
  const denominator = quantityWords.fractions.get(lower.slice(dash + 1));
  return numerator !== null && denominator !== undefined && numerator >= 1 && numerator < denominator ? numerator / denominator : null;
}

/** "five-year", "six-week", "two-day", "ten-year-old": a number word joined to a unit of time. */
export function hyphenDuration(lower: string): { value: number; unit: string; age: boolean } | null {
  const parts = lower.split('-');
  if (parts.length < 2 || parts.length > 3) return null;
  const value = parseNumberWord(parts[0] ?? '', 'en');
  const unit = quantityWords.units.get(parts[1] ?? '');
  if (value === null || value < 1 || !unit || unit.kind !== 'duration') return null;
  const age = parts[2] === 'old';
  if (parts.length === 3 && !age) return null;
  return { value, unit: unit.unit, age };
}
const SCALES = new Map<string, number>([
  ['hundert', 100], ['tausend', 1000], ['million', 1e6], ['millionen', 1e6], ['milliarde', 1e9], ['milliarden', 1e9],
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9],
]);

/** The value of an ordinal word ("dritten", "third", "twenty-first"), or null. */
export function ordinalValue(lower: string, language: string): number | null {
  if (language === 'en') {
    const known = ENGLISH_ORDINALS.get(lower);
    if (known !== undefined) return known;
    const dash = lower.indexOf('-');
    if (dash < 0) return null;
    const tens = parseNumberWord(lower.slice(0, dash), 'en');
    const ones = ENGLISH_ORDINALS.get(lower.slice(dash + 1));
    return tens !== null && tens >= 20 && tens % 10 === 0 && ones !== undefined && ones < 10 ? tens + ones : null;
  }
  if (language !== 'de' || lower.length < 4) return null;
  for (const ending of GERMAN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const special = GERMAN_ORDINAL_STEMS.get(stem);
    if (special !== undefined) return special;
    // "zwanzigst", "hundertst" from 20 on; "zweit", "zwölft" below.
    const cardinal = stem.endsWith('st') ? parseNumberWord(stem.slice(0, -2), 'de') : stem.endsWith('t') ? parseNumberWord(stem.slice(0, -1), 'de') : null;
    if (cardinal !== null && Number.isInteger(cardinal) && cardinal >= 2) return cardinal;
    return null;
  }
  return null;
}

function plainInteger(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || t.text.length > 6) return null;
  let v = 0;
  for (let k = 0; k < t.text.length; k++) {
    const c = t.text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

/** A whole number in digits or words, "a"/"ein" counting as one. */
function countAt(tokens: Token[], i: number, language: string): number | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') return plainInteger(t);
  if (t.kind !== 'word') return null;
  if (articleOnes.has(t.lower)) return 1;
  const value = t.facts ? t.facts.numberValue : parseNumberWord(t.lower, language);
  return value !== null && Number.isInteger(value) && value >= 1 ? value : null;
}

/** An ordinal at `i`: a word, "3." (German) or "3rd"; its value and the token after it. */
function ordinalAt(tokens: Token[], i: number, language: string): { value: number; to: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'word') {
    const value = ordinalValue(t.lower, language);
    return value === null ? null : { value, to: i + 1 };
  }
  const value = plainInteger(t);
  const next = tokens[i + 1];
  if (value === null || value < 1 || !next || !next.glued) return null;
  if (language === 'de' && next.text === '.') return { value, to: i + 2 };
  if (language === 'en' && next.kind === 'word' && ENGLISH_ORDINAL_SUFFIXES.has(next.lower)) return { value, to: i + 2 };
  return null;
}

function quantity(from: number, to: number, value: number, unit: string | null, kind: QuantityKind, vague = false): WordQuantity {
  return { from, to, value, unit, kind, approx: vague, vague };
}

/** "zum dritten Mal", "for the third time": a count; "das dritte Jahr in Folge", "third straight year": a run of periods. */
function readRepetition(tokens: Token[], i: number, language: string): WordQuantity | null {
  const ordinal = ordinalAt(tokens, i, language);
  if (!ordinal) return null;
  let k = ordinal.to;
  const word = tokens[k];
  if (!word || word.kind !== 'word') return null;
  if (quantityWords.repetitions.has(word.lower)) return quantity(i, k + 1, ordinal.value, 'times', 'count');
  if (quantityWords.rankNouns.has(word.lower)) return quantity(i, k + 1, ordinal.value, 'rank', 'count');
  const run = quantityWords.consecutive.has(word.lower);
  if (run) k++;
  const period = tokens[k] ? quantityWords.units.get(tokens[k]!.lower) : undefined;
  if (!period || period.kind !== 'duration') return null;
  const a = tokens[k + 1]?.lower;
  const b = tokens[k + 2]?.lower;
  const inARow = (a === 'in' && (b === 'folge' || (b === 'a' && tokens[k + 3]?.lower === 'row'))) || a === 'hintereinander' || a === 'running';
  if (!run && !inARow) return null;
  const end = inARow ? (b === 'a' ? k + 4 : a === 'in' ? k + 3 : k + 2) : k + 1;
  return quantity(i, end, ordinal.value, period.unit, 'duration');
}

/** "zwei Drittel", "a third of", "half of", "die Hälfte", "one in five", "jeder Fünfte": a share, as a fraction of one. */
function readFraction(tokens: Token[], i: number, language: string): WordQuantity | null {
  const t = tokens[i];
  if (!t || t.kind === 'punct') return null;
  const next = tokens[i + 1];
  if (t.lower === 'hälfte') {
    const from = i > 0 && ARTICLES.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
    return quantity(from, i + 1, 0.5, 'fraction', 'percent');
  }
  // "half of the votes", "half the country"; "half a million" is a number.
  if (t.lower === 'half' && next !== undefined && HALF_OF.has(next.lower)) return quantity(i, i + 1, 0.5, 'fraction', 'percent');
  // "halb so stark": half as much.
  if (t.lower === 'halb' && next?.lower === 'so') return quantity(i, i + 1, 0.5, 'fraction', 'percent');
  const hyphenated = hyphenFraction(t.lower);
  if (hyphenated !== null) return quantity(i, i + 1, hyphenated, 'fraction', 'percent');
  if (EACH.has(t.lower)) {
    const ordinal = ordinalAt(tokens, i + 1, language);
    return ordinal && ordinal.value >= 2 ? quantity(i, ordinal.to, 1 / ordinal.value, 'fraction', 'percent') : null;
  }
  const numerator = countAt(tokens, i, language);
  if (numerator === null || !next) return null;
  if (language === 'en' && next.lower === 'in') {
    const whole = countAt(tokens, i + 2, language);
    return whole !== null && whole > numerator && whole <= 1000 ? quantity(i, i + 3, numerator / whole, 'fraction', 'percent') : null;
  }
  const denominator = next.kind === 'word' ? quantityWords.fractions.get(next.lower) : undefined;
  if (denominator === undefined || numerator >= denominator * 10) return null;
  // English "a third party", "the first quarter": only "a third of", "two thirds", "almost a quarter".
  const hedged = HEDGES_BEFORE_FRACTION.has(tokens[i - 1]?.lower ?? '');
  if (language === 'en' && tokens[i + 2]?.lower !== 'of' && !(numerator > 1 && next.lower.endsWith('s')) && !hedged) return null;
  if (language === 'de' && !next.cap) return null;
  return quantity(i, i + 2, numerator / denominator, 'fraction', 'percent');
}

/** "Hunderte", "Zehntausende", "thousands of", "tens of thousands of", "mehrere Hundert", "several million": the scale, approximately. */
function readVagueAmount(tokens: Token[], i: number, language: string): WordQuantity | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (quantityWords.vagueMultiples.has(t.lower)) {
    const scale = tokens[i + 1] ? (SCALES.get(tokens[i + 1]!.lower) ?? quantityWords.vagueAmounts.get(tokens[i + 1]!.lower)) : undefined;
    return scale === undefined ? null : quantity(i, i + 2, scale, null, 'count', true);
  }
  let value = quantityWords.vagueAmounts.get(t.lower);
  if (value === undefined) return null;
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 'number' || (prev.facts ? prev.facts.numberValue : parseNumberWord(prev.lower, language)) !== null)) return null;
  let k = i + 1;
  if (language === 'en') {
    // "tens of thousands of", "hundreds of millions of": the scales multiply.
    while (tokens[k]?.lower === 'of' && tokens[k + 1] && quantityWords.vagueAmounts.has(tokens[k + 1]!.lower)) {
      value *= quantityWords.vagueAmounts.get(tokens[k + 1]!.lower) ?? 1;
      k += 2;
    }
    return tokens[k]?.lower === 'of' ? quantity(i, k, value, null, 'count', true) : null;
  }
  if (!t.cap) return null;
  const scale = tokens[k] ? SCALES.get(tokens[k]!.lower) : undefined;
  if (scale !== undefined && scale > value) {
    value *= scale;
    k++;
  }
  return quantity(i, k, value, null, 'count', true);
}

/**
 * Quantities stated in words rather than digits or number words: shares ("zwei Drittel", "half
 * of"), amounts named by their scale ("Hunderte", "thousands of"), and ordinals that count
 * ("zum dritten Mal", "the third straight year"). Returns null when none starts at token `i`.
 */
export function readWordQuantity(tokens: Token[], i: number, language: string): WordQuantity | null {
  return readRepetition(tokens, i, language) ?? readFraction(tokens, i, language) ?? readVagueAmount(tokens, i, language) ?? readHyphenDuration(tokens, i, language);
}

function readHyphenDuration(tokens: Token[], i: number, language: string): WordQuantity | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || language !== 'en') return null;
  const d = hyphenDuration(t.lower);
  return d ? quantity(i, i + 1, d.value, d.unit, d.age ? 'age' : 'duration') : null;
}
