const GERMAN_BASE = new Map<string, number>([
  ['null', 0], ['ein', 1], ['eins', 1], ['eine', 1], ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4], ['fünf', 5],
  ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13],
  ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
  ['zwanzig', 20], ['dreißig', 30], ['dreissig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60],
  ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['anderthalb', 1.5], ['eineinhalb', 1.5], ['halbe', 0.5],
]);

const ENGLISH_BASE = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['half', 0.5],
]);

const GERMAN_ONES = new Set(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']);

/** Words that are the number one only when a scale follows ("eine Million", "a million"). */
export const articleOnes = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'a', 'an', 'one', 'eins']);

function parseGerman(s: string): number | null {
  if (s === '') return null;
  const base = GERMAN_BASE.get(s);
  if (base !== undefined) return base;
  const thousand = s.lastIndexOf('tausend');
  if (thousand >= 0) {
    const left = thousand === 0 ? 1 : parseGerman(s.slice(0, thousand));
    const rest = s.slice(thousand + 7);
    const right = rest === '' ? 0 : parseGerman(rest);
    return left === null || right === null || left >= 1000 ? null : left * 1000 + right;
  }
  const hundred = s.indexOf('hundert');
  if (hundred >= 0) {
    const left = hundred === 0 ? 1 : parseGerman(s.slice(0, hundred));
    const rest = s.slice(hundred + 7);
    const right = rest === '' ? 0 : parseGerman(rest);
    return left === null || right === null || left >= 10 || right >= 100 ? null : left * 100 + right;
  }
  if (s.endsWith('einhalb')) {
    const whole = parseGerman(s.slice(0, -7));
    return whole === null || whole >= 100 ? null : whole + 0.5;
  }
  const und = s.indexOf('und');
  if (und > 0) {
    const ones = s.slice(0, und);
    const tens = GERMAN_BASE.get(s.slice(und + 3));
    if (!GERMAN_ONES.has(ones) || tens === undefined || tens < 20 || tens % 10 !== 0) return null;
    return (GERMAN_BASE.get(ones) ?? 0) + tens;
  }
  return null;
}

function parseEnglish(s: string): number | null {
  const base = ENGLISH_BASE.get(s);
  if (base !== undefined) return base;
  if (s === 'hundred') return 100;
  if (s === 'thousand') return 1000;
  const dash = s.indexOf('-');
  if (dash > 0) {
    const tens = ENGLISH_BASE.get(s.slice(0, dash));
    const ones = ENGLISH_BASE.get(s.slice(dash + 1));
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones >= 1 && ones <= 9) return tens + ones;
  }
  return null;
}

/** First three letters of every German and English number word: most words are rejected on these. */
const PREFIXES = new Set(
  'nul|ein|zwe|zwo|zwö|dre|vie|fün|sec|sie|ach|neu|zeh|elf|zwa|hun|tau|and|hal|zer|one|two|thr|fou|fiv|six|sev|eig|nin|ten|ele|twe|fif|thi|for|fort|dop|doz'.split('|'),
);

/**
 * The value of one number word, lower case: German compounds ("zweihunderteinundzwanzig",
 * "zehntausend", "zweieinhalb") and English words ("seventy-five", "dozen"). Scale words such as
 * "Millionen" are left to the caller. Returns null for anything else.
 */
export function parseNumberWord(lower: string, language: string): number | null {
  if (lower.length < 3 || !PREFIXES.has(lower.slice(0, 3))) return null;
  if (language === 'de') return parseGerman(lower);
  if (language === 'en') return parseEnglish(lower);
  return parseGerman(lower) ?? parseEnglish(lower);
}
