import * as chars from './char-class';

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
 * and so do mismatched pairs ("…“).
 */
export function scanQuotes(text: string, start: number, end: number, state: QuoteState): QuoteScan {
  let inside = state.open;
  const startsInside = inside;
  let quoted = 0;
  let lastClose = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const mark = c < 0x2040 ? MARKS[c] : 0;
    if (mark === OPENS) {
      inside = true;
      continue;
    }
    if (mark === EITHER) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const cls = charClass(prev);
      const afterBlank = i === 0 || cls === SPACE || cls === NEWLINE || BEFORE_OPENING.has(prev);
      if (!inside && afterBlank) inside = true;
      else if (inside) {
        inside = false;
        lastClose = i + 1;
      }
      continue;
    }
    if (inside) quoted++;
  }
  state.open = inside;
  return { share: end > start ? quoted / (end - start) : 0, startsInside, endsInside: inside, lastClose };
}
