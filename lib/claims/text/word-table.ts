import * as chars from './char-class';
import type { WordRecord } from './word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, LOWER, UPPER } = chars;

/** Past this many spellings the table starts over, so that memory stays bounded on any input. */
const LIMIT = 1 << 15;
/**
 * The table starts small and doubles while at most half full: an article's few thousand
 * spellings then sit in a few cache-friendly kilobytes rather than spread over the largest table.
 */
const INITIAL_SIZE = 1 << 12;

// Open addressing: a slot is empty while its hash is 0, so a stored hash is never 0.
let records: Array<WordRecord | undefined> = new Array<WordRecord | undefined>(INITIAL_SIZE);
let hashes = new Int32Array(INITIAL_SIZE);
let mask = INITIAL_SIZE - 1;
let count = 0;

function emptyTable(size: number): void {
  records = new Array<WordRecord | undefined>(size);
  hashes = new Int32Array(size);
  mask = size - 1;
}

/** Twice the slots, every record moved to its slot by its stored hash. */
function grow(): void {
  const oldRecords = records;
  const oldHashes = hashes;
  emptyTable(oldHashes.length * 2);
  for (let k = 0; k < oldHashes.length; k++) {
    const hash = oldHashes[k] as number;
    if (hash === 0) continue;
    let slot = hash & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    records[slot] = oldRecords[k];
  }
}

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
  let slot = hash & mask;
  for (;;) {
    const stored = hashes[slot];
    if (stored === 0) break;
    if (stored === hash) {
      const record = records[slot];
      if (record && sameSpelling(record, text, start, end)) return record;
    }
    slot = (slot + 1) & mask;
  }
  if (count >= LIMIT || (count + 1) * 2 > hashes.length) {
    if (count >= LIMIT) {
      emptyTable(INITIAL_SIZE);
      count = 0;
    } else grow();
    slot = hash & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
  }
  const record = makeRecord(text, start, end, kind);
  records[slot] = record;
  hashes[slot] = hash;
  count++;
  return record;
}
