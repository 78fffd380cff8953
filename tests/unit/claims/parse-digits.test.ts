import { digitValue, parseDigits } from '../../../lib/claims/quantities/parse-digits';

describe('digitValue', () => {
  it.each([
    ['3,5', 'de', 0, 3.5],
    ['0.1', 'en', 0, 0.1],
    ['1.234,56', 'de', 0, 1234.56],
    ['2.000.000', 'de', 0, 2000000],
    ['1,5', 'de', 9, 1500000000],
    ['0,07', 'de', 6, 70000],
    ['12345678901234567', 'en', 0, 12345678901234567],
    ['9,99', 'de', 22, 9.99e22],
  ])('reads %s (%s) times 10^%d exactly as the decimal it spells', (raw, language, exponent, expected) => {
    expect(digitValue(parseDigits(raw, language), exponent)).toBe(expected);
  });
});
