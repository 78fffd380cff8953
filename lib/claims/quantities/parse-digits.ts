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
  let count = 0;
  let lastMark = -1;
  let lastMarkChar = 0;
  let dots = 0;
  let commas = 0;
  let spaced = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
    else if (c === 0x2e || c === 0x2c) {
      if (c === 0x2e) dots++;
      else commas++;
      lastMark = count;
      lastMarkChar = c;
    } else if (isGroupSeparator(c)) spaced = true;
  }
  // Most numbers are bare digits ("2022", "30"): then the text itself is the digit string.
  const digits = count === raw.length ? raw : raw.replace(/\D/g, '');
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

/** Powers of ten that doubles hold exactly. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The value of `n` times 10^exponent, exactly as the decimal "digits e exponent" reads. Up to 15
 * digits the digits are an exact integer, and one multiplication or division by an exact power of
 * ten rounds correctly; beyond that the decimal string is parsed.
 */
export function digitValue(n: DigitNumber, exponent: number): number {
  const shift = exponent - n.decimals;
  const power = POWERS_OF_TEN[shift < 0 ? -shift : shift];
  if (n.digits.length > 15 || power === undefined) return Number(`${n.digits}e${shift}`);
  const whole = Number(n.digits);
  return shift < 0 ? whole / power : whole * power;
}
