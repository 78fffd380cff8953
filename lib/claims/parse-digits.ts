/** A number written in digits, kept as a digit string so that scaling it stays exact. */
export interface DigitNumber {
  /** All digits, without separators ("2000000", "35" for 3,5). */
  digits: string;
  /** How many of those digits follow the decimal mark. */
  decimals: number;
  /** A decimal mark or digit group was written ("2.000", "3,5"), so this is not a bare year. */
  separated: boolean;
}

function isGroupSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x27 || code === 0x2019;
}

/**
 * Reads "2.000.000", "2,000,000", "3,5", "3.5", "1.234,56" or "2 000". A lone separator followed by
 * exactly three digits is ambiguous ("1.500"): German reads it as thousands with a full stop,
 * English with a comma; other languages take it as thousands unless the number starts with 0.
 */
export function parseDigits(raw: string, language: string): DigitNumber {
  let digits = '';
  let lastMark = -1;
  let lastMarkChar = 0;
  let dots = 0;
  let commas = 0;
  let spaced = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += raw[i];
    else if (c === 0x2e || c === 0x2c) {
      if (c === 0x2e) dots++;
      else commas++;
      lastMark = digits.length;
      lastMarkChar = c;
    } else if (isGroupSeparator(c)) spaced = true;
  }
  const separated = dots + commas > 0 || spaced;
  if (lastMark < 0) return { digits, decimals: 0, separated };
  const after = digits.length - lastMark;
  const isDot = lastMarkChar === 0x2e;
  let decimalMark: boolean;
  if (dots > 0 && commas > 0) decimalMark = true;
  else if (dots + commas > 1) decimalMark = false;
  else if (after !== 3) decimalMark = true;
  else if (language === 'de') decimalMark = !isDot;
  else if (language === 'en') decimalMark = isDot;
  else decimalMark = digits.startsWith('0');
  return { digits, decimals: decimalMark ? after : 0, separated };
}

/** The value of `n` times 10^exponent, computed through a decimal string to stay exact. */
export function digitValue(n: DigitNumber, exponent: number): number {
  return Number(`${n.digits}e${exponent - n.decimals}`);
}
