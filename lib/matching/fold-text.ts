/** A word of a text as matching reads it: its spelling and where it stands. */
export interface TextWord {
  text: string;
  /** Lower case, accents removed, ß as ss: "Köln" and "Koln" fold alike. */
  folded: string;
  start: number;
  end: number;
}

// Letters and digits, with inner hyphens, dots and apostrophes ("Saudi-Arabien", "U.S.", "Russia's").
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\.?/gu;

/** Lower case without accents; German umlauts as their base letter, ß as ss. */
export function foldText(s: string): string {
  // Most words are plain ASCII, and Unicode normalization is the slow part.
  if (/^[\x00-\x5f\x61-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'");
}

/** The words of a text in order; a dot closes a word only when it abbreviates ("U.S."). */
export function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing dot belongs to the word only in dotted abbreviations such as "U.S." or "D.C.".
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    const start = m.index ?? 0;
    out.push({ text: word, folded: foldText(word), start, end: start + word.length });
  }
  return out;
}

/** A key-safe slug of a name: folded, words joined by hyphens. */
export function slugOf(name: string): string {
  return foldText(name)
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
