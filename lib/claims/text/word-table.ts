import * as chars from './char-class';
import type { WordRecord } from './word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, LOWER, UPPER } = chars;

/** Past this many spellings the table starts over, so that memory stays bounded on any input. */
const LIMIT = 1 << 15;
const SIZE = LIMIT * 2;
const MASK = SIZE - 1;

// Open addressing: a slot is empty while its hash is 0, so a stored hash is never 0.
let records: Array<WordRecord | undefined> = new Array<WordRecord | undefined>(SIZE);
let hashes = new Int32Array(SIZE);
let count = 0;

function makeRecord(text: string, start: number, end: number, kind: 'word' | 'number'): WordRecord {
  const spelled = text.slice(start, end);
  let upper = false;
  let lower = false;
  for (let k = 0; k < spelled.length; k++) {
    const cls = charClass(spelled.charCodeAt(k));
    if (cls === UPPER) upper = true;
    else if (cls === LOWER) lower = true;
  }
  const cap = charClass(spelled.charCodeAt(0)) === UPPER;
  return {
    text: spelled,
    lower: upper ? spelled.toLowerCase() : spelled,
    cap,
    caps: kind === 'word' && cap && spelled.length >= 2 && !lower,
    facts: [],
  };
}

function sameSpelling(record: WordRecord, text: string, start: number, end: number): boolean {
  const spelled = record.text;
  if (spelled.length !== end - start) return false;
  for (let k = 0; k < spelled.length; k++) if (spelled.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The record for `text[start, end)`, whose hash the tokenizer computed while reading it (see
 * `tokenize.ts`). Finding it by hash and comparing characters spares slicing and lower-casing the
 * word again, and every later lookup about it.
 */
export function internWord(text: string, start: number, end: number, spellingHash: number, kind: 'word' | 'number'): WordRecord {
  const hash = spellingHash === 0 ? 1 : spellingHash;
  let slot = hash & MASK;
  for (;;) {
    const stored = hashes[slot];
    if (stored === 0) break;
    if (stored === hash) {
      const record = records[slot];
      if (record && sameSpelling(record, text, start, end)) return record;
    }
    slot = (slot + 1) & MASK;
  }
  if (count >= LIMIT) {
    records = new Array<WordRecord | undefined>(SIZE);
    hashes = new Int32Array(SIZE);
    count = 0;
    slot = hash & MASK;
  }
  const record = makeRecord(text, start, end, kind);
  records[slot] = record;
  hashes[slot] = hash;
  count++;
  return record;
}
