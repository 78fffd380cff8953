import * as chars from './char-class';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, DIGIT, isLetter, isWordChar, SPACE, NEWLINE, UPPER, LOWER } = chars;

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
}

const HYPHENS = new Set([0x2d, 0x2011]);
const APOSTROPHES = new Set([0x27, 0x2019]);
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

function scanNumber(text: string, i: number, to: number): number {
  let j = i;
  let group = 0;
  while (j < to && charClass(text.charCodeAt(j)) === DIGIT) {
    j++;
    group++;
  }
  let spaced = 0;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 0x2e || c === 0x2c || APOSTROPHES.has(c)) && j + 1 < to && charClass(text.charCodeAt(j + 1)) === DIGIT) {
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

/** Set by `scanWord`: the word has an upper-case letter, so lower-casing it makes a new string. */
let wordHasUpper = false;

function scanWord(text: string, i: number, to: number): number {
  let j = i + 1;
  wordHasUpper = charClass(text.charCodeAt(i)) === UPPER;
  while (j < to) {
    const cls = charClass(text.charCodeAt(j));
    if (isWordChar(cls)) {
      if (cls === UPPER) wordHasUpper = true;
      j++;
      continue;
    }
    const c = text.charCodeAt(j);
    if ((HYPHENS.has(c) || APOSTROPHES.has(c)) && j + 1 < to && isWordChar(charClass(text.charCodeAt(j + 1)))) {
      j += 2;
      continue;
    }
    break;
  }
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
  const t = text.slice(start, end);
  const first = charClass(t.charCodeAt(0));
  let caps = false;
  if (kind === 'word' && first === UPPER && end - start >= 2) {
    caps = true;
    for (let k = 1; k < t.length; k++) {
      if (charClass(t.charCodeAt(k)) === LOWER) {
        caps = false;
        break;
      }
    }
  }
  const lower = kind === 'word' && !wordHasUpper ? t : t.toLowerCase();
  if (!reuse) return { kind, start, end, text: t, lower, cap: first === UPPER, caps, glued: start === prevEnd };
  reuse.kind = kind;
  reuse.start = start;
  reuse.end = end;
  reuse.text = t;
  reuse.lower = lower;
  reuse.cap = first === UPPER;
  reuse.caps = caps;
  reuse.glued = start === prevEnd;
  return reuse;
}

/** Splits `text[from, to)` into words, numbers and single punctuation marks, skipping HTML tags. */
export function tokenize(text: string, from: number, to: number, buffer?: TokenBuffer): Token[] {
  const tokens: Token[] = buffer ? buffer.tokens : [];
  tokens.length = 0;
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
    const token = makeToken(text, kind, i, end, prevEnd, buffer?.store[tokens.length]);
    if (buffer && tokens.length === buffer.store.length) buffer.store.push(token);
    tokens.push(token);
    prevEnd = end;
    i = end;
  }
  return tokens;
}
