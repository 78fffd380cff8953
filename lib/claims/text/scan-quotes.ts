import * as chars from './char-class';
import type { Token } from './word-types';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, NEWLINE, SPACE } = chars;

/** Whether a quotation is still open where the previous sentence of the paragraph ended. */
export interface QuoteState {
  open: boolean;
}

export interface QuoteScan {
  /** Share of the sentence's characters inside quotation marks. */
  share: number;
  startsInside: boolean;
  endsInside: boolean;
  /** Index just after the last closing mark, or -1. */
  lastClose: number;
}

const OPENS = 1;
const EITHER = 2;
/** Quotation marks by code unit: „ and ‚ always open; the others open or close by position. */
const MARKS = new Uint8Array(0x2040);
MARKS[0x201e] = OPENS;
MARKS[0x201a] = OPENS;
for (const c of [0x22, 0x201c, 0x201d, 0xab, 0xbb, 0x2039, 0x203a]) MARKS[c] = EITHER;
const BEFORE_OPENING = new Set([0x28, 0x5b, 0x2d, 0x2013, 0x2014, 0x3a, 0x2f]);

/**
 * Follows quotation marks through one sentence. A mark after a space (or at the start) opens a
 * quote, one after a word closes it; German „…“, "…", »…«, «…» and English “…” all fit this rule,
 * and so do mismatched pairs ("…“). Only punctuation tokens can be marks, so only they are read;
 * the share of quoted characters follows from where the marks stand.
 */
export function scanQuotes(text: string, tokens: Token[], start: number, end: number, state: QuoteState): QuoteScan {
  let inside = state.open;
  const startsInside = inside;
  let quoted = 0;
  let lastClose = -1;
  // Where the open quote began (one before the sentence when it began earlier), and marks since.
  let openAt = start - 1;
  let marksInside = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'punct') continue;
    const i = t.start;
    const c = text.charCodeAt(i);
    const mark = c < 0x2040 ? MARKS[c] : 0;
    if (!mark) continue;
    if (mark === OPENS) {
      if (inside) marksInside++;
      else {
        inside = true;
        openAt = i;
        marksInside = 0;
      }
    } else if (inside) {
      inside = false;
      quoted += i - openAt - 1 - marksInside;
      lastClose = i + 1;
    } else if (isAfterBlank(text, i)) {
      inside = true;
      openAt = i;
      marksInside = 0;
    }
  }
  if (inside) quoted += end - openAt - 1 - marksInside;
  state.open = inside;
  return { share: end > start ? quoted / (end - start) : 0, startsInside, endsInside: inside, lastClose };
}

function isAfterBlank(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  const cls = charClass(prev);
  return cls === SPACE || cls === NEWLINE || BEFORE_OPENING.has(prev);
}
