import * as abbreviationModule from '../text/abbreviations';
import * as monthModule from './month-names';
import * as numberWordModule from './number-words';
import * as digitModule from './parse-digits';
import * as quantityWordModule from './quantity-words';
import * as wordQuantityModule from './read-word-quantity';
import type { UnitInfo } from './quantity-words';
import type { Quantity, QuantityKind } from '../types';
import type { QuantityStart, Token } from '../text/word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { abbreviations } = abbreviationModule;
const { monthNames } = monthModule;
const { articleOnes, parseNumberWord } = numberWordModule;
const { digitValue, parseDigits } = digitModule;
const { quantityWords } = quantityWordModule;
const { EACH, hyphenDuration, hyphenFraction, ordinalValue, readWordQuantity } = wordQuantityModule;

export interface QuantityScan {
  quantities: Quantity[];
  /** A clock time ("14 Uhr", "3 p.m.", "19:30"): a sign of schedules. */
  clockTime: boolean;
  /** A result such as "3:1" or "2-0", a number that is not itself a quantity. */
  result: boolean;
  /** Those of `quantities` named by their scale alone ("Hunderte"), or null when there are none. */
  vague: Quantity[] | null;
}

interface Context {
  text: string;
  tokens: Token[];
  language: string;
}

interface Base {
  /** First and one-past-last token of the number itself. */
  from: number;
  to: number;
  value: number;
  /** Digits when written as digits, to scale exactly. */
  digits: digitModule.DigitNumber | null;
  /** The number needs a scale or unit to count ("eine Million", "one percent"). */
  needsUnit: boolean;
  /** Written as an ordinal ("3.", "10th"): a rank, unless a unit makes it something else. */
  ordinal?: boolean;
}

interface Tail {
  to: number;
  end: number;
  exponent: number;
  unit: UnitInfo | null;
  age: boolean;
}

/** Phrases by their last word, so that only a few are compared against the word before a number. */
function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const last = words[words.length - 1] ?? '';
    const list = map.get(last) ?? [];
    list.push(words);
    map.set(last, list);
  }
  return map;
}
const split = byLastWord;
const APPROX = split(quantityWords.approx);
const AT_LEAST = split(quantityWords.atLeast);
const AT_MOST = split(quantityWords.atMost);
const ABBREVIATED_SCALES = new Set(['mio', 'mrd', 'tsd', 'mill', 'bill']);
const RANGE_WORDS = new Set(['-', '–', '—', 'bis', 'to']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'te', 'ten', 'ter']);
/** "1990s", "1990er": decades, neither ranks nor counts. */
const DECADE_SUFFIXES = new Set(['s', 'er', 'ern']);
const PERCENT: UnitInfo = { unit: 'percent', kind: 'percent' };
const PERCENTAGE_POINT: UnitInfo = { unit: 'percentage-point', kind: 'percent' };
/** Words before a number that make it a rank ("Platz 3", "Rang zehn", "rank 13"). */
const RANK_WORDS = new Set(['platz', 'rang', 'rank', 'ranked', 'place']);
const RANK: UnitInfo = { unit: 'rank', kind: 'count' };
const ENGLISH_COUNT_NOUNS = new Set(['people', 'men', 'women', 'children', 'staff', 'police', 'personnel', 'cattle', 'troops']);
const NOT_PLURAL = new Set(['was', 'has', 'is', 'does', 'this', 'its', 'his', 'hers', 'always', 'plus', 'versus', 'thus', 'less', 'across', 'unless', 'perhaps', 'as', 'us', 'was', 'whereas', 'various']);

function tokenAt(ctx: Context, i: number): Token | undefined {
  return ctx.tokens[i];
}

function isPunct(t: Token | undefined, ch: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ch;
}

/** Start token of a phrase (from `phrases`) that ends right before token `i`, or -1. */
function phraseBefore(ctx: Context, i: number, index: Map<string, string[][]>): number {
  let best = -1;
  let last = i - 1;
  while (last >= 0 && isPunct(ctx.tokens[last], '.')) last--;
  const phrases = index.get(ctx.tokens[last]?.lower ?? '');
  if (!phrases) return -1;
  for (const phrase of phrases) {
    let k = i - 1;
    let ok = true;
    for (let p = phrase.length - 1; p >= 0; p--) {
      while (k >= 0 && isPunct(ctx.tokens[k], '.') && phrase[p] !== '.') k--;
      const t = ctx.tokens[k];
      if (!t || t.lower !== phrase[p]) {
        ok = false;
        break;
      }
      k--;
    }
    if (ok && (best < 0 || k + 1 < best)) best = k + 1;
  }
  return best;
}

function scaleExponent(lower: string, language: string): number | undefined {
  if (lower === 'billion' || lower === 'billions') return language === 'de' ? 12 : 9;
  if (lower === 'trillion') return language === 'de' ? 18 : 12;
  return quantityWords.scales.get(lower);
}

function isMonthToken(t: Token | undefined, language: string): boolean {
  if (!t || t.kind !== 'word' || !t.cap || !monthNames.has(t.lower)) return false;
  // "may", "march" and "august" are also ordinary English words.
  return language !== 'en' || t.cap;
}

/** The value of a short run of ASCII digits with no separators ("2022", not "2.022"), else -1; read without a conversion call, as it runs for most numbers. */
function plainValue(s: string, maxLength: number): number {
  if (s.length === 0 || s.length > maxLength) return -1;
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return -1;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

function smallInteger(t: Token | undefined, max: number): number | null {
  if (!t || t.kind !== 'number') return null;
  const v = plainValue(t.text, 3);
  return v >= 1 && v <= max ? v : null;
}

function fourDigitYear(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || t.text.length !== 4) return null;
  const v = plainValue(t.text, 4);
  return v >= 1000 && v <= 2200 ? v : null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function makeQuantity(
  ctx: Context,
  start: number,
  end: number,
  value: number,
  unit: string | null,
  kind: QuantityKind,
): Quantity {
  return { text: ctx.text.slice(start, end), value, unit, kind, approx: false, start, end };
}

/** "24. November 2022", "3 March 2021", "March 3, 2021", "November 2022", "May 5". */
function readDate(ctx: Context, i: number): { quantity: Quantity; next: number } | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  let day: number | null = null;
  let monthIndex = i;
  if (t.kind === 'number') {
    day = smallInteger(t, 31);
    if (day === null) return null;
    monthIndex = isPunct(tokenAt(ctx, i + 1), '.') ? i + 2 : i + 1;
  }
  const monthToken = tokenAt(ctx, monthIndex);
  if (!monthToken || !isMonthToken(monthToken, ctx.language)) return null;
  const month = monthNames.get(monthToken.lower) ?? 0;
  let k = monthIndex + 1;
  if (isPunct(tokenAt(ctx, k), '.') && monthToken.text.length <= 4) k++;
  if (day === null) {
    const d = smallInteger(tokenAt(ctx, k), 31);
    if (d !== null && fourDigitYear(tokenAt(ctx, k)) === null) {
      day = d;
      k++;
      if (isPunct(tokenAt(ctx, k), ',') && fourDigitYear(tokenAt(ctx, k + 1)) !== null) k++;
    }
  }
  const year = fourDigitYear(tokenAt(ctx, k));
  if (year !== null) k++;
  if (day === null && year === null) return null;
  const last = ctx.tokens[k - 1] ?? monthToken;
  const iso = year !== null ? (day !== null ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : `--${pad(month)}-${pad(day ?? 1)}`;
  const quantity = makeQuantity(ctx, t.start, last.end, year ?? day ?? 0, 'date', 'date');
  quantity.date = iso;
  return { quantity, next: k };
}

/** Number words: "zwei", "zweihundertfünfzig", "two hundred and fifty", "a" before a scale. */
function readNumberWords(ctx: Context, i: number): Base | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || isLabelled(ctx, i)) return null;
  // German number words are lower case: a capitalized one mid-sentence is a noun ("die Elf"), unless a dash or colon opens a new clause.
  const before = tokenAt(ctx, i - 1);
  if (ctx.language === 'de' && t.cap && i > 0 && !(before?.kind === 'punct' && (before.text === '–' || before.text === ':'))) return null;
  if (articleOnes.has(t.lower)) {
    const next = tokenAt(ctx, i + 1);
    const scaled = next !== undefined && (scaleExponent(next.lower, ctx.language) !== undefined || next.lower === 'dozen' || next.lower === 'halbe' || next.lower === 'half');
    if (!scaled && t.lower !== 'one') return null;
    if (!scaled) return { from: i, to: i + 1, value: 1, digits: null, needsUnit: true };
    if (next.lower === 'dozen') return { from: i, to: i + 2, value: 12, digits: null, needsUnit: false };
    if (next.lower === 'halbe' || next.lower === 'half') return { from: i, to: i + 2, value: 0.5, digits: null, needsUnit: true };
    return { from: i, to: i + 1, value: 1, digits: null, needsUnit: true };
  }
  const first = numberValueOf(t, ctx.language);
  if (first === null) return null;
  let value = first;
  let j = i + 1;
  if (ctx.language !== 'de') {
    // English: "two hundred and fifty", "half a million".
    let current = first;
    for (;;) {
      const n = tokenAt(ctx, j);
      if (!n || n.kind !== 'word') break;
      if (n.lower === 'hundred' && current < 100) {
        current *= 100;
        j++;
        continue;
      }
      const after = tokenAt(ctx, j + 1);
      const small = n.lower === 'and' && after ? numberValueOf(after, ctx.language) : numberValueOf(n, ctx.language);
      if (small !== null && small >= 1 && small < 100 && current >= 100 && current % 100 === 0) {
        current += small;
        j += n.lower === 'and' ? 2 : 1;
        continue;
      }
      if (n.lower === 'a' && first === 0.5 && after && scaleExponent(after.lower, ctx.language) !== undefined) {
        j++;
        continue;
      }
      break;
    }
    value = current;
  }
  const needsUnit = value === 1 || value === 0.5 || (value === 0 && t.lower !== 'zero' && t.lower !== 'null');
  return { from: i, to: j, value, digits: null, needsUnit };
}

function readUnitWord(ctx: Context, k: number): { unit: UnitInfo; to: number } | null {
  const t = tokenAt(ctx, k);
  if (!t) return null;
  if (t.kind === 'punct') return t.text === '%' ? { unit: PERCENT, to: k + 1 } : null;
  const next = tokenAt(ctx, k + 1);
  if (t.lower === 'per' && next?.lower === 'cent') return { unit: PERCENT, to: k + 2 };
  if (t.lower === 'percentage' && (next?.lower === 'points' || next?.lower === 'point')) return { unit: PERCENTAGE_POINT, to: k + 2 };
  if (t.lower === 'basis' && next?.lower === 'points') return { unit: { unit: 'basis-point', kind: 'percent' }, to: k + 2 };
  const unit = quantityWords.units.get(t.lower);
  if (!unit) return null;
  if (t.lower.length === 1 && !t.glued) return null;
  return { unit, to: k + 1 };
}

/** Hyphenated compounds after a number: "30-Tage-Stopp", "50-Millionen-Euro-Projekt", "10-year-old". */
function readCompound(ctx: Context, word: Token, tail: Tail): void {
  const segments = word.lower.split('-');
  let offset = 0;
  let consumed = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s] ?? '';
    const exp = scaleExponent(seg, ctx.language);
    const unit = quantityWords.units.get(seg);
    const adjective = durationAdjective(seg);
    if (exp !== undefined && !quantityWords.gluedOnlyScales.has(seg) && tail.unit === null) tail.exponent += exp;
    else if (unit && tail.unit === null) tail.unit = unit;
    else if (adjective && tail.unit === null) {
      tail.unit = { unit: adjective, kind: 'duration' };
      if (word.text.charCodeAt(offset) < 0x61) tail.age = true;
    } else if (seg === 'old' && tail.unit?.unit === 'year') tail.age = true;
    else break;
    offset += seg.length + 1;
    consumed++;
  }
  if (consumed > 0) {
    tail.end = word.start + offset - 1;
    tail.to = tail.to + 2;
  }
}

function durationAdjective(lower: string): string | null {
  for (const [ending, unit] of quantityWords.durationAdjectives) if (lower.startsWith(ending)) return unit;
  return null;
}

/** Scale, unit and compound words that follow a number. Returns null when the number is a label. */
function readTail(ctx: Context, base: Base): Tail | null {
  const last = ctx.tokens[base.to - 1];
  if (!last) return null;
  const tail: Tail = { to: base.to, end: last.end, exponent: 0, unit: null, age: false };
  const glued = tokenAt(ctx, tail.to);
  if (base.digits && glued && glued.glued && glued.kind === 'word') {
    const exp = scaleExponent(glued.lower, ctx.language);
    const unit = quantityWords.units.get(glued.lower);
    if (exp !== undefined) tail.exponent += exp;
    else if (unit) tail.unit = unit;
    else return null;
    tail.to++;
    tail.end = glued.end;
  }
  for (;;) {
    const t = tokenAt(ctx, tail.to);
    if (!t || t.kind !== 'word') break;
    const exp = scaleExponent(t.lower, ctx.language);
    if (exp === undefined || (quantityWords.gluedOnlyScales.has(t.lower) && !t.glued)) break;
    tail.exponent += exp;
    tail.to++;
    tail.end = t.end;
    // "5 Mio. Euro": the abbreviation's full stop, unless it ends the sentence.
    if (ABBREVIATED_SCALES.has(t.lower) && isPunct(tokenAt(ctx, tail.to), '.') && tail.to + 1 < ctx.tokens.length) {
      tail.to++;
      tail.end++;
    }
  }
  const hyphen = tokenAt(ctx, tail.to);
  const compound = tokenAt(ctx, tail.to + 1);
  if (hyphen && compound && isPunct(hyphen, '-') && hyphen.glued && compound.glued && compound.kind === 'word') {
    readCompound(ctx, compound, tail);
  }
  if (tail.unit === null) {
    const unit = readUnitWord(ctx, tail.to);
    if (unit) {
      tail.unit = unit.unit;
      tail.end = ctx.tokens[unit.to - 1]?.end ?? tail.end;
      tail.to = unit.to;
    }
  }
  if (tail.unit?.unit === 'year') {
    const next = tokenAt(ctx, tail.to);
    if (next && (next.lower === 'alt' || next.lower === 'old')) {
      tail.age = true;
      tail.to++;
      tail.end = next.end;
    }
  }
  return tail;
}

function nameBefore(ctx: Context, i: number): { text: string; start: number } | null {
  let k = i - 1;
  let first = -1;
  while (k >= 0 && i - k <= 4) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word' || !t.cap) break;
    first = k;
    k--;
  }
  const a = ctx.tokens[first];
  const b = ctx.tokens[i - 1];
  return a && b ? { text: ctx.text.slice(a.start, b.end), start: a.start } : null;
}

function nameAfter(ctx: Context, i: number): string | null {
  let k = i;
  while (k < ctx.tokens.length && k - i < 4) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word' || !t.cap) break;
    k++;
  }
  const a = ctx.tokens[i];
  const b = ctx.tokens[k - 1];
  return a && b && k > i ? ctx.text.slice(a.start, b.end) : null;
}

function isCountNoun(ctx: Context, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (ctx.language === 'de') return t.cap && !monthNames.has(t.lower);
  if (t.cap) return false;
  return ENGLISH_COUNT_NOUNS.has(t.lower) || (t.lower.endsWith('s') && t.lower.length >= 4 && !NOT_PLURAL.has(t.lower));
}

function isLabelled(ctx: Context, i: number): boolean {
  const prev = tokenAt(ctx, i - 1);
  if (!prev) return false;
  if (prev.kind === 'punct') {
    if (prev.text === '#' || prev.text === '§') return true;
    const before = tokenAt(ctx, i - 2);
    // "B-52", "F-35": a word glued to a hyphen glued to the number.
    if ((prev.text === '-' || prev.text === '/') && prev.glued && tokenAt(ctx, i)?.glued && before?.kind === 'word') return true;
    if (prev.text === '.' && before && quantityWords.labels.has(before.lower)) return true;
    // The second half of "19:30".
    if (prev.text === ':' && prev.glued && before?.kind === 'number') return true;
    return false;
  }
  return quantityWords.labels.has(prev.lower) && !(prev.lower === 'minute' && ctx.language === 'de') && !isChartPosition(ctx, i);
}

/** "went in at number 19": a place in a chart, a rank rather than a label. */
function isChartPosition(ctx: Context, i: number): boolean {
  return ctx.language === 'en' && tokenAt(ctx, i - 1)?.lower === 'number' && tokenAt(ctx, i - 2)?.lower === 'at';
}

/** "14 Uhr", "19:30", "3 p.m.", "9am". */
function isClockTime(ctx: Context, i: number): boolean {
  const next = tokenAt(ctx, i + 1);
  if (!next) return false;
  if (next.lower === 'uhr' || next.lower === "o'clock") return true;
  if ((next.lower === 'am' || next.lower === 'pm') && (next.glued || ctx.language === 'en')) return true;
  if ((next.lower === 'a' || next.lower === 'p') && isPunct(tokenAt(ctx, i + 2), '.') && tokenAt(ctx, i + 3)?.lower === 'm') return true;
  if (isPunct(next, ':') && next.glued && tokenAt(ctx, i + 2)?.kind === 'number' && tokenAt(ctx, i + 2)?.glued) {
    const prev = tokenAt(ctx, i - 1)?.lower ?? '';
    const after = tokenAt(ctx, i + 3)?.lower ?? '';
    return tokenAt(ctx, i + 2)?.text.length === 2 && (['um', 'at', 'ab', 'gegen', 'bis', 'from', 'until', 'by'].includes(prev) || after === 'uhr' || after === 'am' || after === 'pm');
  }
  return false;
}

/** A match result such as "3:1" or "2-0": two small numbers joined without spaces. */
function isResult(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const joiner = tokenAt(ctx, i + 1);
  const second = tokenAt(ctx, i + 2);
  if (!joiner || !second || !joiner.glued || !second.glued) return false;
  const a = smallInteger(t, 199);
  const plain = second.kind === 'number' ? plainValue(second.text, 3) : -1;
  const b = plain >= 0 ? plain : null;
  if (a === null || b === null) return false;
  if (isPunct(joiner, ':')) return true;
  if (!isPunct(joiner, '-') || a > 30 || b > 30) return false;
  const after = tokenAt(ctx, i + 3);
  return !(after && (readUnitWord(ctx, i + 3) || scaleExponent(after.lower, ctx.language) !== undefined));
}

/** A German ordinal: "3." inside a sentence ("der 3. Platz"). */
function isOrdinal(ctx: Context, i: number): boolean {
  const dot = tokenAt(ctx, i + 1);
  return isPunct(dot, '.') && dot?.glued === true && i + 2 < ctx.tokens.length && ctx.language !== 'en';
}

function readDigits(ctx: Context, i: number, scan: QuantityScan): Base | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number') return null;
  if (isLabelled(ctx, i)) return null;
  if (isClockTime(ctx, i)) {
    scan.clockTime = true;
    return null;
  }
  const next = tokenAt(ctx, i + 1);
  const digits = parseDigits(t.text, ctx.language);
  const value = digitValue(digits, 0);
  // "der 3. Platz", "im 26. Spiel", "the 10th": a rank (dates were read before this).
  const ordinal = isOrdinal(ctx, i) || (next !== undefined && next.glued && next.kind === 'word' && ORDINAL_SUFFIXES.has(next.lower));
  // "Rosseli (44.)": the minute of a goal, not a rank.
  const bracketed = isPunct(tokenAt(ctx, i - 1), '(') && isPunct(tokenAt(ctx, i + 2), ')');
  if (ordinal) return digits.separated || bracketed ? null : { from: i, to: i + 2, value, digits, needsUnit: false, ordinal: true };
  if (next !== undefined && next.glued && next.kind === 'word' && DECADE_SUFFIXES.has(next.lower)) return null;
  return { from: i, to: i + 1, value, digits, needsUnit: false };
}

function applyHedges(ctx: Context, q: Quantity, from: number): void {
  const approx = phraseBefore(ctx, from, APPROX);
  const atLeast = phraseBefore(ctx, from, AT_LEAST);
  const atMost = phraseBefore(ctx, from, AT_MOST);
  if (approx >= 0) q.approx = true;
  if (atLeast >= 0) q.bound = 'at-least';
  if (atMost >= 0) q.bound = 'at-most';
  const earliest = Math.min(approx >= 0 ? approx : Infinity, atLeast >= 0 ? atLeast : Infinity, atMost >= 0 ? atMost : Infinity);
  if (earliest === Infinity) return;
  const first = ctx.tokens[earliest];
  if (first) {
    q.start = first.start;
    q.text = ctx.text.slice(q.start, q.end);
  }
}

interface Read {
  quantity: Quantity;
  next: number;
}

function readQuantity(ctx: Context, i: number, scan: QuantityScan, allowRange: boolean): Read | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const date = readDate(ctx, i);
  if (date) {
    applyHedges(ctx, date.quantity, i);
    return date;
  }
  const worded = readWordQuantity(ctx.tokens, i, ctx.language);
  if (worded) return fromWords(ctx, worded, scan);
  if (t.kind === 'word') {
    const adjective = readDurationAdjective(ctx, i);
    if (adjective) return adjective;
  }
  const base = t.kind === 'number' ? readDigits(ctx, i, scan) : readNumberWords(ctx, i);
  if (!base) return null;
  const tail = readTail(ctx, base);
  if (!tail) return null;
  let from = base.from;
  let unit = tail.unit;
  const prev = tokenAt(ctx, from - 1);
  if (prev && quantityWords.currencyPrefixes.has(prev.lower)) {
    unit = quantityWords.units.get(prev.lower === 'us$' ? '$' : prev.lower) ?? unit;
    from--;
    const us = tokenAt(ctx, from - 1);
    if (us && us.lower === 'us' && prev.glued) from--;
  }
  const rankWord = RANK_WORDS.has(tokenAt(ctx, from - 1)?.lower ?? '') || isChartPosition(ctx, from);
  if ((base.ordinal || rankWord) && tail.exponent === 0 && unit === null) unit = RANK;
  if (base.needsUnit && tail.exponent === 0 && unit === null && !opensBetweenRange(ctx, base)) return null;
  const value = base.digits ? digitValue(base.digits, tail.exponent) : base.value * 10 ** tail.exponent;
  const start = ctx.tokens[from]?.start ?? t.start;
  let kind: QuantityKind = unit?.kind ?? 'count';
  const year = base.digits && !base.digits.separated && tail.exponent === 0 && unit === null ? fourDigitYear(t) : null;
  const q = makeQuantity(ctx, start, tail.end, value, unit?.unit ?? null, kind);
  if (year !== null) {
    const before = tokenAt(ctx, from - 1);
    const hedged = phraseBefore(ctx, from, APPROX) >= 0 || phraseBefore(ctx, from, AT_LEAST) >= 0 || phraseBefore(ctx, from, AT_MOST) >= 0;
    const yearContext = before !== undefined && quantityWords.yearContext.has(before.lower);
    if (yearContext || (!hedged && !isCountNoun(ctx, tokenAt(ctx, tail.to)))) {
      q.kind = 'date';
      q.unit = 'date';
      q.date = String(year);
    }
  }
  kind = q.kind;
  if (tail.age || readAgeInParentheses(ctx, q, base, tail) || readAgeBetweenCommas(ctx, q, base, tail)) {
    q.kind = 'age';
    q.unit = 'year';
    if (!q.subject && tail.age) {
      const subject = nameAfter(ctx, tail.to);
      if (subject) q.subject = subject;
    }
  } else if (kind === 'count' && isPunct(tokenAt(ctx, tail.to), '(') === false) {
    const agedBefore = tokenAt(ctx, from - 1)?.lower === 'aged';
    if (agedBefore && value < 130) {
      q.kind = 'age';
      q.unit = 'year';
    }
  }
  applyHedges(ctx, q, from);
  let next = tail.to;
  const trailing = tokenAt(ctx, next);
  if (trailing && (trailing.lower === 'oder' || trailing.lower === 'or') && tokenAt(ctx, next + 1)?.lower === 'so') q.approx = true;
  if (allowRange) next = readRange(ctx, q, next, base, tail, scan);
  return { quantity: q, next };
}

/** A quantity stated in words, with a unit after an amount ("Millionen Euro") and any hedge before it. */
function fromWords(ctx: Context, w: wordQuantityModule.WordQuantity, scan: QuantityScan): Read | null {
  const first = ctx.tokens[w.from];
  let to = w.to;
  let unit = w.unit;
  let kind = w.kind;
  if (w.vague) {
    // "Millionen Euro"; "millions of dollars".
    const after = readUnitWord(ctx, to) ?? (tokenAt(ctx, to)?.lower === 'of' ? readUnitWord(ctx, to + 1) : null);
    if (after) {
      unit = after.unit.unit;
      kind = after.unit.kind;
      to = after.to;
    }
  }
  const last = ctx.tokens[to - 1];
  if (!first || !last) return null;
  const q = makeQuantity(ctx, first.start, last.end, w.value, unit, kind);
  q.approx = w.approx;
  applyHedges(ctx, q, w.from);
  if (w.vague) (scan.vague ??= []).push(q);
  return { quantity: q, next: to };
}

/** "between one and 100 gigabytes": a bare "one" opening a range takes the range's unit. */
function opensBetweenRange(ctx: Context, base: Base): boolean {
  const before = tokenAt(ctx, base.from - 1)?.lower;
  const joiner = tokenAt(ctx, base.to)?.lower;
  const after = tokenAt(ctx, base.to + 1);
  return (before === 'between' || before === 'zwischen') && (joiner === 'and' || joiner === 'und') && after !== undefined && (after.kind === 'number' || numberValueOf(after, ctx.language) !== null);
}

function isCurrencyAt(ctx: Context, k: number): boolean {
  return quantityWords.currencyPrefixes.has(tokenAt(ctx, k)?.lower ?? '');
}

function readRange(ctx: Context, q: Quantity, next: number, base: Base, tail: Tail, scan: QuantityScan): number {
  const joiner = tokenAt(ctx, next);
  if (!joiner) return next;
  // "between $1bn and $3bn": the word before the range stands before its currency sign.
  const before = tokenAt(ctx, isCurrencyAt(ctx, base.from - 1) ? base.from - 2 : base.from - 1)?.lower ?? '';
  const between = before === 'between' || before === 'zwischen';
  const isJoiner = RANGE_WORDS.has(joiner.lower) || (between && (joiner.lower === 'and' || joiner.lower === 'und'));
  if (!isJoiner || before === 'from' || before === 'von') return next;
  // "3 to 1" is a score; "25 to 30 seats" a range of a count.
  const countFollows = tokenAt(ctx, next + 2) !== undefined && tokenAt(ctx, next + 1)?.kind === 'number' && isCountNoun(ctx, tokenAt(ctx, next + 2));
  if (joiner.lower === 'to' && !between && tail.unit === null && tail.exponent === 0 && !countFollows) return next;
  const secondAt = isCurrencyAt(ctx, next + 1) ? next + 2 : next + 1;
  const second = readQuantity(ctx, secondAt, scan, false);
  if (!second || second.quantity.kind === 'date' && q.kind !== 'date') return next;
  const s = second.quantity;
  let low = q.value;
  if (tail.exponent === 0 && tail.unit === null && s.value >= low) {
    const secondBase = ctx.tokens[secondAt];
    const secondDigits = secondBase?.kind === 'number' ? parseDigits(secondBase.text, ctx.language) : null;
    const secondPlain = secondDigits ? digitValue(secondDigits, 0) : parseNumberWord(secondBase?.lower ?? '', ctx.language);
    if (secondPlain !== null && secondPlain !== 0 && s.value !== secondPlain) low = q.value * (s.value / secondPlain);
    q.unit = s.unit;
    q.kind = s.kind;
  }
  if (low > s.value) return next;
  q.value = Number(low.toPrecision(12));
  q.max = s.value;
  q.end = s.end;
  q.text = ctx.text.slice(q.start, q.end);
  if (s.approx) q.approx = true;
  return second.next;
}

/** "(69)" after a name: the person's age. */
function readAgeInParentheses(ctx: Context, q: Quantity, base: Base, tail: Tail): boolean {
  if (tail.unit !== null || tail.exponent !== 0 || !base.digits || base.ordinal) return false;
  if (!isPunct(tokenAt(ctx, base.from - 1), '(') || !isPunct(tokenAt(ctx, tail.to), ')')) return false;
  if (!Number.isInteger(q.value) || q.value < 1 || q.value > 120) return false;
  const name = nameBefore(ctx, base.from - 1);
  if (!name) return false;
  q.subject = name.text;
  return true;
}

/** English "Jane Doe, 54, said": the person's age. */
function readAgeBetweenCommas(ctx: Context, q: Quantity, base: Base, tail: Tail): boolean {
  if (ctx.language !== 'en' || tail.unit !== null || tail.exponent !== 0 || !base.digits || base.digits.separated) return false;
  if (!isPunct(tokenAt(ctx, base.from - 1), ',') || !isPunct(tokenAt(ctx, tail.to), ',')) return false;
  if (!Number.isInteger(q.value) || q.value < 15 || q.value > 110) return false;
  const name = nameBefore(ctx, base.from - 1);
  if (!name || (name.start === ctx.tokens[0]?.start && abbreviations.sentenceStarters.has(name.text.toLowerCase()))) return false;
  q.subject = name.text;
  return true;
}

/** "zehnjährige", "dreitägigen", "30jährige". */
function readDurationAdjective(ctx: Context, i: number): Read | null {
  const t = ctx.tokens[i];
  if (!t || ctx.language === 'en' || t.lower.length < 8 || !t.lower.includes('ig')) return null;
  for (const [ending, unit] of quantityWords.durationAdjectives) {
    const at = t.lower.indexOf(ending);
    if (at <= 0) continue;
    const value = parseNumberWord(t.lower.slice(0, at), 'de');
    if (value === null || value === 0 || at + ending.length > t.lower.length) return null;
    const q = makeQuantity(ctx, t.start, t.end, value, unit, 'duration');
    if (t.cap && i > 0) q.kind = 'age';
    applyHedges(ctx, q, i);
    return { quantity: q, next: i + 1 };
  }
  return null;
}

/** A number word before a duration ending: "zehnjährige", "dreitägigen". */
function isDurationAdjective(w: string): boolean {
  if (w.length < 8 || !w.includes('ig')) return false;
  for (const ending of quantityWords.durationAdjectives.keys()) {
    const at = w.indexOf(ending);
    if (at > 0 && parseNumberWord(w.slice(0, at), 'de') !== null) return true;
  }
  return false;
}

/**
 * Whether a word can start a quantity: a number word, a month, "zehnjährige"… An article ("a",
 * "eine") counts only before a scale ("a million"); most are not, and are passed over at once.
 */
export function quantityStartOf(w: string, language: string): QuantityStart {
  if ((articleOnes.has(w) && w !== 'one') || quantityWords.vagueMultiples.has(w) || EACH.has(w)) return 'before-scale';
  const starts =
    monthNames.has(w) ||
    w === 'one' ||
    w === 'half' ||
    w === 'halbe' ||
    w === 'hälfte' ||
    w === 'halb' ||
    (language !== 'de' && w.includes('-') && (hyphenFraction(w) !== null || hyphenDuration(w) !== null)) ||
    quantityWords.vagueAmounts.has(w) ||
    (language !== 'en' && isDurationAdjective(w)) ||
    parseNumberWord(w, language) !== null ||
    ordinalValue(w, language) !== null;
  return starts ? 'yes' : 'no';
}

/** What may follow an article, "mehrere" or "jeder" in a quantity: a scale, a fraction, an ordinal ("a million", "ein Drittel", "jeder Fünfte"). */
function scaleFollows(ctx: Context, i: number): boolean {
  const next = tokenAt(ctx, i + 1);
  if (next === undefined) return false;
  const w = next.lower;
  return (
    scaleExponent(w, ctx.language) !== undefined ||
    w === 'dozen' ||
    w === 'halbe' ||
    w === 'half' ||
    quantityWords.fractions.has(w) ||
    quantityWords.vagueAmounts.has(w) ||
    next.kind === 'number' ||
    (next.facts ? next.facts.quantityStart === 'yes' : ordinalValue(w, ctx.language) !== null)
  );
}

function mayStartQuantity(ctx: Context, t: Token, i: number): boolean {
  const start = t.facts ? t.facts.quantityStart : quantityStartOf(t.lower, ctx.language);
  return start === 'yes' || (start === 'before-scale' && scaleFollows(ctx, i));
}

function numberValueOf(t: Token, language: string): number | null {
  return t.facts ? t.facts.numberValue : parseNumberWord(t.lower, language);
}

/** Finds the numbers of one sentence and normalizes them. */
export function findQuantities(text: string, tokens: Token[], language: string): QuantityScan {
  const ctx: Context = { text, tokens, language };
  const scan: QuantityScan = { quantities: [], clockTime: false, result: false, vague: null };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t?.kind === 'number' && !isClockTime(ctx, i) && isResult(ctx, i)) {
      scan.result = true;
      i += 3;
      continue;
    }
    if (t && (t.kind === 'number' || (t.kind === 'word' && mayStartQuantity(ctx, t, i)))) {
      const read = readQuantity(ctx, i, scan, true);
      if (read) {
        scan.quantities.push(read.quantity);
        i = Math.max(read.next, i + 1);
        continue;
      }
    }
    i++;
  }
  return scan;
}

