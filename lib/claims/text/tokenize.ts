import * as chars from './char-class';
import * as wordTable from './word-table';
import type { Token, TokenKind, WordRecord } from './word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, DIGIT, isLetter, isWordChar, SPACE, NEWLINE } = chars;
const { internWord } = wordTable;

/** Hyphens and apostrophes, which join the letters around them into one word ("30-Tage", "don't"). */
function joinsWord(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2011;
}
/** Spaces that only ever group digits ("2 000 000" with no-break or thin spaces). */
const DIGIT_GROUP_SPACES = new Set([0xa0, 0x202f, 0x2009, 0x20]);
const MAX_TAG = 300;

function skipMarkup(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x3c) {
    const next = text.charCodeAt(i + 1);
    if (!(next === 0x2f || next === 0x21 || isLetter(charClass(next)))) return i;
    const limit = Math.min(to, i + MAX_TAG);
    for (let j = i + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x3e) return j + 1;
      if (c === 0x3c) return i;
    }
    return i;
  }
  if (code === 0x26) {
    const limit = Math.min(to, i + 10);
    for (let j = i + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x3b) return j > i + 1 ? j + 1 : i;
      if (!(isWordChar(charClass(c)) || c === 0x23)) return i;
    }
  }
  return i;
}

function digitsAt(text: string, i: number, count: number, to: number): boolean {
  if (i + count > to) return false;
  for (let k = 0; k < count; k++) if (charClass(text.charCodeAt(i + k)) !== DIGIT) return false;
  return i + count >= to || charClass(text.charCodeAt(i + count)) !== DIGIT;
}

/** Hash of the spelling read by the last `scanNumber` or `scanWord`, for `internWord`. */
let spellingHash = 0;

function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

function scanNumber(text: string, i: number, to: number): number {
  const end = scanNumberEnd(text, i, to);
  spellingHash = hashOf(text, i, end);
  return end;
}

function scanNumberEnd(text: string, i: number, to: number): number {
  let j = i;
  let group = 0;
  while (j < to && charClass(text.charCodeAt(j)) === DIGIT) {
    j++;
    group++;
  }
  let spaced = 0;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019) && j + 1 < to && charClass(text.charCodeAt(j + 1)) === DIGIT) {
      j++;
      group = 0;
      while (j < to && charClass(text.charCodeAt(j)) === DIGIT) {
        j++;
        group++;
      }
      continue;
    }
    // "2 000 000": only groups of exactly three digits after a short first group.
    if (DIGIT_GROUP_SPACES.has(c) && group <= 3 && (spaced > 0 || j - i <= 3) && digitsAt(text, j + 1, 3, to)) {
      j += 4;
      group = 3;
      spaced++;
      continue;
    }
    return j;
  }
}

function scanWord(text: string, i: number, to: number): number {
  let j = i + 1;
  let h = text.charCodeAt(i);
  while (j < to) {
    const c = text.charCodeAt(j);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isWordChar(charClass(c))) {
      h = (Math.imul(h, 31) + c) | 0;
      j++;
      continue;
    }
    if (joinsWord(c) && j + 1 < to && isWordChar(charClass(text.charCodeAt(j + 1)))) {
      h = (Math.imul(Math.imul(h, 31) + c, 31) + text.charCodeAt(j + 1)) | 0;
      j += 2;
      continue;
    }
    break;
  }
  spellingHash = h;
  return j;
}

/**
 * Token objects to reuse from one sentence to the next, which spares the garbage collector most
 * of its work on long texts. Tokens from a buffer are valid until its next use.
 */
export class TokenBuffer {
  readonly tokens: Token[] = [];
  readonly store: Token[] = [];
}

function makeToken(text: string, kind: TokenKind, start: number, end: number, prevEnd: number, reuse: Token | undefined): Token {
  let word: WordRecord | null = null;
  let spelled: string;
  if (kind === 'punct') {
    spelled = text.slice(start, end);
  } else {
    word = internWord(text, start, end, spellingHash, kind);
    spelled = word.text;
  }
  const lower = word ? word.lower : spelled;
  const cap = word ? word.cap : false;
  const caps = word ? word.caps : false;
  if (!reuse) return { kind, start, end, text: spelled, lower, cap, caps, glued: start === prevEnd, word, facts: null };
  reuse.kind = kind;
  reuse.start = start;
  reuse.end = end;
  reuse.text = spelled;
  reuse.lower = lower;
  reuse.cap = cap;
  reuse.caps = caps;
  reuse.glued = start === prevEnd;
  reuse.word = word;
  reuse.facts = null;
  return reuse;
}

/** Splits `text[from, to)` into words, numbers and single punctuation marks, skipping HTML tags. */
export function tokenize(text: string, from: number, to: number, buffer?: TokenBuffer): Token[] {
  const tokens: Token[] = buffer ? buffer.tokens : [];
  // Filled by index and cut to size at the end: emptying the array first would free its storage.
  let n = 0;
  let i = from;
  let prevEnd = -1;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SPACE || cls === NEWLINE) {
      i++;
      continue;
    }
    if (code === 0x3c || code === 0x26) {
      const after = skipMarkup(text, i, to);
      if (after > i) {
        i = after;
        continue;
      }
    }
    let end: number;
    let kind: TokenKind;
    if (cls === DIGIT) {
      end = scanNumber(text, i, to);
      kind = 'number';
    } else if (isLetter(cls)) {
      end = scanWord(text, i, to);
      kind = 'word';
    } else {
      if (code >= 0xd800 && code <= 0xdfff) {
        // Emoji and other astral symbols carry no meaning for claims.
        i += code <= 0xdbff ? 2 : 1;
        continue;
      }
      end = i + 1;
      kind = 'punct';
    }
    const token = makeToken(text, kind, i, end, prevEnd, buffer?.store[n]);
    if (buffer && n === buffer.store.length) buffer.store.push(token);
    tokens[n++] = token;
    prevEnd = end;
    i = end;
  }
  if (tokens.length !== n) tokens.length = n;
  return tokens;
}
