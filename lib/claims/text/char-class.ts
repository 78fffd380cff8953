/**
 * Character classes for the tokenizer and the sentence splitter. Testing Unicode properties with
 * a regex per character would dominate the run time, so each UTF-16 code unit is classified once
 * and remembered in a table.
 */
export const OTHER = 0;
export const SPACE = 1;
export const DIGIT = 2;
export const LOWER = 3;
export const UPPER = 4;
/** A letter of a script without case (Arabic, Hebrew, CJK…) or a combining mark. */
export const LETTER = 5;
export const NEWLINE = 6;

const UNKNOWN = 255;
const table = new Uint8Array(65536).fill(UNKNOWN);

const upperRe = /^[\p{Lu}\p{Lt}]$/u;
const lowerRe = /^\p{Ll}$/u;
const letterRe = /^[\p{L}\p{M}\p{N}]$/u;
const spaceRe = /^\s$/u;

function classify(code: number): number {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return NEWLINE;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(code);
  if (upperRe.test(ch)) return UPPER;
  if (lowerRe.test(ch)) return LOWER;
  if (letterRe.test(ch)) return LETTER;
  if (spaceRe.test(ch)) return SPACE;
  return OTHER;
}

// Latin letters, digits and punctuation, classified up front: almost every character of German and English text.
for (let code = 0; code < 0x250; code++) table[code] = classify(code);

export function charClass(code: number): number {
  let c = table[code] ?? OTHER;
  if (c === UNKNOWN) {
    c = classify(code);
    table[code] = c;
  }
  return c;
}

export function isWordChar(cls: number): boolean {
  return cls === LOWER || cls === UPPER || cls === LETTER || cls === DIGIT;
}

export function isLetter(cls: number): boolean {
  return cls === LOWER || cls === UPPER || cls === LETTER;
}
