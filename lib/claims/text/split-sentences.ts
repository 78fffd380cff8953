import { abbreviations as abbreviationLists } from './abbreviations';
import * as chars from './char-class';
import { monthNames as months } from '../quantities/month-names';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, DIGIT, isLetter, isWordChar, LOWER, NEWLINE, SPACE } = chars;
const abbreviations = abbreviationLists;
const monthNames = months;

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (hard line break) the sentence belongs to. */
  paragraph: number;
}

/** Longer runs without a full stop are cut at a space, so that no "sentence" grows unbounded. */
const SOFT_LIMIT = 1200;
/** Text without any space (a blob) is cut here regardless. */
const HARD_LIMIT = 4000;

const FULL_STOP = 0x2e;
/** ". ! ? …" and the doubled marks "‼ ⁇ ⁈ ⁉". */
function isTerminal(c: number): boolean {
  return c === FULL_STOP || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}
/** Full-width and other scripts' stops end a sentence without a following space. */
const SCRIPT_TERMINALS = new Set([0x3002, 0xff01, 0xff1f, 0xff0e, 0x61f, 0x6d4, 0x964, 0x965, 0x37e]);
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x201c, 0x2019, 0xbb, 0xab, 0x203a, 0x29, 0x5d, 0x7d, 0x300d, 0x300f]);
const OPENERS = new Set([0x22, 0x201e, 0x201c, 0xab, 0xbb, 0x2039, 0x28, 0x5b, 0x2018, 0x201a]);
const MAX_ABBREVIATION = 12;

function isBlank(cls: number): boolean {
  return cls === SPACE || cls === NEWLINE;
}

function wordAt(text: string, k: number, n: number): string {
  let e = k;
  while (e < n && e - k < 20 && isLetter(charClass(text.charCodeAt(e)))) e++;
  return text.slice(k, e);
}

function wordBefore(text: string, end: number, min: number): string {
  let s = end;
  while (s > min && end - s < 20 && isLetter(charClass(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, end);
}

function opensSentence(text: string, k: number, n: number): boolean {
  const code = text.charCodeAt(k);
  if (OPENERS.has(code)) return true;
  return abbreviations.sentenceStarters.has(wordAt(text, k, n).toLowerCase());
}

/** Decides whether the full stop at `i`, directly after a word or number, ends the sentence. */
function fullStopEnds(text: string, i: number, next: number, n: number, language: string, start: number): boolean {
  const nextCls = charClass(text.charCodeAt(next));
  const prevCls = charClass(text.charCodeAt(i - 1));
  if (prevCls === DIGIT) {
    let s = i - 1;
    while (s > start && charClass(text.charCodeAt(s - 1)) === DIGIT) s--;
    if (s > start && !isBlank(charClass(text.charCodeAt(s - 1)))) return true;
    if (nextCls === DIGIT) return false;
    if (monthNames.has(wordAt(text, next, n).toLowerCase())) return false;
    if (language !== 'de' || i - s > 3) return true;
    let w = s;
    while (w > start && isBlank(charClass(text.charCodeAt(w - 1)))) w--;
    return !abbreviations.ordinalContext.has(wordBefore(text, w, start).toLowerCase());
  }
  let s = i;
  while (s > start && i - s <= MAX_ABBREVIATION) {
    const c = text.charCodeAt(s - 1);
    if (!(isLetter(charClass(c)) || c === FULL_STOP)) break;
    s--;
  }
  if (s === i || i - s > MAX_ABBREVIATION) return true;
  const word = text.slice(s, i);
  if (abbreviations.finalCapable.has(word)) return opensSentence(text, next, n);
  if (word.includes('.')) return word.length > 4 ? true : opensSentence(text, next, n);
  if (word.length === 1) return false;
  return !abbreviations.neverFinal.has(word);
}

/** If the terminal mark at `i` ends a sentence, the index just after the sentence; else -1. */
function sentenceEnd(text: string, i: number, n: number, language: string, start: number): number {
  let j = i;
  while (j < n && isTerminal(text.charCodeAt(j))) j++;
  const runEnd = j;
  while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
  if (j < n && !isBlank(charClass(text.charCodeAt(j)))) return -1;
  let k = j;
  while (k < n && isBlank(charClass(text.charCodeAt(k)))) k++;
  if (k >= n) return j;
  const nextCls = charClass(text.charCodeAt(k));
  // "Really?" he asked — but in posts "so true!! who else…" starts a new sentence in lower case.
  if (nextCls === LOWER) return j === runEnd && text.charCodeAt(i) !== FULL_STOP && text.charCodeAt(i) !== 0x2026 ? j : -1;
  if (j - i > 1 || text.charCodeAt(i) !== FULL_STOP) return j;
  if (i === start || !isWordChar(charClass(text.charCodeAt(i - 1)))) return j;
  return fullStopEnds(text, i, k, n, language, start) ? j : -1;
}

/** ASCII and Latin letters, tested without the class table: most characters of German and English. */
function isPlainLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** A line break inside a sentence (hard-wrapped text) rather than between paragraphs. */
function isSoftWrap(text: string, prev: number, next: number): boolean {
  const p = text.charCodeAt(prev);
  const pc = charClass(p);
  return (isWordChar(pc) || p === 0x2c || p === 0x2d) && charClass(text.charCodeAt(next)) === LOWER;
}

/**
 * Splits text into sentences in one linear pass: line breaks separate paragraphs, and a full stop
 * ends a sentence unless it belongs to an abbreviation, an initial, a decimal or a German ordinal.
 */
export function splitSentences(text: string, language: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = -1;
  let lastEnd = -1;
  const emit = (end: number): void => {
    if (start >= 0 && end > start) spans.push({ start, end, paragraph });
    start = -1;
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === NEWLINE) {
      let j = i + 1;
      let blank = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        const k = charClass(c);
        if (k === NEWLINE) {
          if (!(c === 10 && text.charCodeAt(j - 1) === 13)) blank = true;
        } else if (k !== SPACE) break;
        j++;
      }
      if (start < 0) paragraph++;
      else if (blank || j >= n || !isSoftWrap(text, lastEnd - 1, j)) {
        emit(lastEnd);
        paragraph++;
      }
      i = j;
      continue;
    }
    if (cls === SPACE) {
      if (start >= 0 && i - start > SOFT_LIMIT) emit(lastEnd);
      i++;
      continue;
    }
    if (start < 0) start = i;
    else if (i - start > HARD_LIMIT && !(code >= 0xdc00 && code <= 0xdfff)) {
      emit(i);
      start = i;
    }
    if (isPlainLetter(code)) {
      // Nothing in a run of letters ends a sentence: step over it at once.
      const stop = Math.min(n, start + HARD_LIMIT + 1);
      let j = i + 1;
      while (j < stop && isPlainLetter(text.charCodeAt(j))) j++;
      lastEnd = j;
      i = j;
      continue;
    }
    if ((code < 0x2e && code !== 0x21) || (code > 0x3f && code < 0x37e)) {
      lastEnd = i + 1;
      i++;
      continue;
    }
    if (isTerminal(code)) {
      const end = sentenceEnd(text, i, n, language, start);
      if (end > 0) {
        emit(end);
        lastEnd = end;
        i = end;
        continue;
      }
    } else if (SCRIPT_TERMINALS.has(code)) {
      let end = i + 1;
      while (end < n && CLOSERS.has(text.charCodeAt(end))) end++;
      emit(end);
      lastEnd = end;
      i = end;
      continue;
    }
    lastEnd = i + 1;
    i++;
  }
  emit(lastEnd);
  return spans;
}

