import type { Quantity } from '../../../lib/claims/types';
import { compareFigures, figureKeys, figureOf, specificityOf, type Figure, type FigureRelation } from '../../../lib/matching/figures';

function q(text: string, value: number, kind: Quantity['kind'], unit: string | null = null, extra: Partial<Quantity> = {}): Quantity {
  return { text, value, kind, unit, approx: false, start: 0, end: text.length, ...extra };
}

function f(quantity: Quantity, text = ''): Figure {
  const figure = figureOf(quantity, text);
  if (!figure) throw new Error(`no figure for ${quantity.text}`);
  return figure;
}

const hedged = { approx: true };

describe('compareFigures', () => {
  it.each<[string, Quantity, Quantity, FigureRelation | null]>([
    ['equal counts', q('2 Millionen', 2e6, 'count'), q('two million', 2e6, 'count'), 'same'],
    ['a hedge allows 5 %', q('rund zwei Millionen', 2e6, 'count', null, hedged), q('1,9 Millionen', 1.9e6, 'count'), 'same'],
    ['a hedged figure of four digits stretches 1 %', q('rund 134.400', 134400, 'count', null, hedged), q('135.600', 135600, 'count'), 'same'],
    ['and not 2 %', q('rund 134.400', 134400, 'count', null, hedged), q('136.900', 136900, 'count'), 'conflict'],
    ['a hedged figure of three digits neither', q('rund 356 000', 356000, 'count', null, hedged), q('361.000', 361000, 'count'), 'near'],
    ['a hedged figure of two digits still 2 %', q('rund 95.000', 95000, 'count', null, hedged), q('93.200', 93200, 'count'), 'same'],
    ['a hedge does not allow 50 %', q('rund zwei Millionen', 2e6, 'count', null, hedged), q('3 Millionen', 3e6, 'count'), 'conflict'],
    ['"3 million" is not "2 million"', q('3 million', 3e6, 'count'), q('2 Millionen', 2e6, 'count'), 'conflict'],
    ['exact figures may be one rounded', q('2 Millionen', 2e6, 'count'), q('1,98 Millionen', 1.98e6, 'count'), 'near'],
    ['exact figures 17 % apart are not', q('2 Millionen', 2e6, 'count'), q('2,4 Millionen', 2.4e6, 'count'), 'conflict'],
    ['exact figures 4 % apart are not', q('800.000', 800000, 'count'), q('837.000', 837000, 'count'), 'conflict'],
    ['a bound and a number', q('mehr als 38.000', 38000, 'count', null, { bound: 'at-least' }), q('38.500', 38500, 'count'), 'same'],
    ['two bounds of one kind with other values', q('more than 38,000', 38000, 'count', null, { bound: 'at-least' }), q('more than 40,000', 40000, 'count', null, { bound: 'at-least' }), 'conflict'],
    ['percent and a fraction', q('zwei Drittel', 2 / 3, 'percent', 'fraction'), q('67 Prozent', 67, 'percent', 'percent'), 'same'],
    ['a third and 32 percent', q('knapp ein Drittel', 1 / 3, 'percent', 'fraction', hedged), q('32 Prozent', 32, 'percent', 'percent'), 'same'],
    ['half and 48 percent', q('die Hälfte', 0.5, 'percent', 'fraction'), q('48 Prozent', 48, 'percent', 'percent'), 'same'],
    ['a third and 30 percent', q('ein Drittel', 1 / 3, 'percent', 'fraction'), q('30 Prozent', 30, 'percent', 'percent'), 'conflict'],
    ['"knapp ein Drittel" reaches down to 30 percent', q('knapp ein Drittel', 1 / 3, 'percent', 'fraction', hedged), q('rund 30 Prozent', 30, 'percent', 'percent', hedged), 'near'],
    ['"knapp ein Drittel" does not reach up to 36 percent', q('knapp ein Drittel', 1 / 3, 'percent', 'fraction', hedged), q('36 Prozent', 36, 'percent', 'percent'), 'conflict'],
    ['"fast 2 Millionen" for 1,88 million', q('fast 2 Millionen', 2e6, 'count', null, hedged), q('1,88 Millionen', 1.88e6, 'count'), 'same'],
    ['"rund 2 Millionen" not for 1,88 million', q('rund 2 Millionen', 2e6, 'count', null, hedged), q('1,88 Millionen', 1.88e6, 'count'), 'near'],
    ['"gut 16 GW" reaches up towards 16,9 GW', q('gut 16 GW', 16, 'measure', 'GW', hedged), q('16,9 GW', 16.9, 'measure', 'GW'), 'near'],
    ['"rund 16 GW" does not', q('rund 16 GW', 16, 'measure', 'GW', hedged), q('16,9 GW', 16.9, 'measure', 'GW'), 'conflict'],
    ['a quarter and a third', q('ein Viertel', 0.25, 'percent', 'fraction'), q('ein Drittel', 1 / 3, 'percent', 'fraction'), 'conflict'],
    ['percent and percentage points measure different things', q('5 Prozent', 5, 'percent', 'percent'), q('5 Prozentpunkte', 5, 'percent', 'percentage-point'), null],
    ['money in one currency', q('12,41 Euro', 12.41, 'money', 'EUR'), q('€12.41', 12.41, 'money', 'EUR'), 'same'],
    ['money in two currencies', q('9 Milliarden Euro', 9e9, 'money', 'EUR'), q('£9 billion', 9e9, 'money', 'GBP'), null],
    ['kilometres and metres', q('2,7 km', 2.7, 'measure', 'km'), q('2.700 m', 2700, 'measure', 'm'), 'same'],
    ['gigawatts and megawatts', q('1,5 GW', 1.5, 'measure', 'GW'), q('1500 MW', 1500, 'measure', 'MW'), 'same'],
    ['months and years', q('24 Monate', 24, 'duration', 'month'), q('zwei Jahre', 2, 'duration', 'year'), 'same'],
    ['an age and a span of years', q('69-jährige', 69, 'duration', 'year'), q('69 years old', 69, 'age', 'year'), 'same'],
    ['days and a count', q('15 Tagen', 15, 'duration', 'day'), q('15', 15, 'count'), null],
    ['the same year', q('2022', 2022, 'date', 'date', { date: '2022' }), q('im Jahr 2022', 2022, 'date', 'date', { date: '2022' }), 'same'],
    ['a year and a month of it', q('2022', 2022, 'date', 'date', { date: '2022' }), q('Oktober 2022', 2022, 'date', 'date', { date: '2022-10' }), 'same'],
    ['another year', q('2022', 2022, 'date', 'date', { date: '2022' }), q('2019', 2019, 'date', 'date', { date: '2019' }), 'conflict'],
    ['another month', q('Oktober 2022', 2022, 'date', 'date', { date: '2022-10' }), q('Juni 2022', 2022, 'date', 'date', { date: '2022-06' }), 'conflict'],
    ['a bare four-digit number as a year', q('2023', 2023, 'count'), q('2023', 2023, 'date', 'date', { date: '2023' }), 'same'],
    ['a hedge of two digits allows less', q('rund 2,7 Millionen', 2.7e6, 'count', null, hedged), q('rund 2,55 Millionen', 2.55e6, 'count', null, hedged), 'conflict'],
    ['a hedge of one digit allows 5 %', q('knapp zwei Millionen', 2e6, 'count', null, hedged), q('rund 1,9 Millionen', 1.9e6, 'count', null, hedged), 'same'],
    ['a range and a number inside it', q('20 bis 30 Prozent', 20, 'percent', 'percent', { max: 30 }), q('25 Prozent', 25, 'percent', 'percent'), 'near'],
  ])('%s', (_name, a, b, expected) => {
    expect(compareFigures(f(a), f(b))).toBe(expected);
    expect(compareFigures(f(b), f(a))).toBe(expected);
  });

  it.each<[string, string, Quantity, string]>([
    ['metres the extractor left out', 'Mit 157 m Höhe', q('157', 157, 'count', null, { start: 4, end: 7 }), 'measure-m'],
    ['square kilometres', 'at 2.7 million square kilometres', q('2.7 million', 2.7e6, 'count', null, { start: 3, end: 14 }), 'measure-ha'],
    ['cubic metres', 'to 28 billion cubic metres', q('28 billion', 28e9, 'count', null, { start: 3, end: 13 }), 'measure-l'],
    ['a unit word the extractor knows', 'genau 30 Tage', q('30', 30, 'count', null, { start: 6, end: 8 }), 'duration-day'],
    ['a euro sign after an abbreviated scale', 'bei 2,3 Mrd. €.', q('2,3 Mrd.', 2.3e9, 'count', null, { start: 4, end: 12 }), 'money-eur'],
    ['tons at the end of a sentence', 'auf 673 Mio. t.', q('673 Mio.', 673e6, 'count', null, { start: 4, end: 12 }), 'measure-g'],
    ['Swiss francs abbreviated after a scale', 'ein Plus von 80 Mio. Fr.', q('80 Mio.', 80e6, 'count', null, { start: 13, end: 20 }), 'money-chf'],
    ['Swiss francs as sFr.', 'kostet 15 sFr. mehr', q('15', 15, 'count', null, { start: 7, end: 9 }), 'money-chf'],
    ['rain in litres per square metre', 'etwa 170 l/m² Niederschlag', q('etwa 170', 170, 'count', null, { start: 0, end: 8 }), 'measure-l'],
    ['litres per qm, with spaces', 'fielen 30 l / qm.', q('30', 30, 'count', null, { start: 7, end: 9 }), 'measure-l'],
    ['"l" alone is no litre', 'Gruppe 3 l/mittel', q('3', 3, 'count', null, { start: 7, end: 8 }), 'count'],
    ['euro cents', 'zahlten 169 Cent je Liter', q('169', 169, 'count', null, { start: 8, end: 11 }), 'money-eur'],
    ['euro cents as ct.', 'nur 20 ct. mehr', q('20', 20, 'count', null, { start: 4, end: 6 }), 'money-eur'],
    ['Swiss Rappen', 'kostet 50 Rappen', q('50', 50, 'count', null, { start: 7, end: 9 }), 'money-chf'],
    ['"Centrum" is no cent', '12 Centrum', q('12', 12, 'count', null, { start: 0, end: 2 }), 'count'],
  ])('reads %s after the number', (_name, text, quantity, dim) => {
    expect(f(quantity, text).dim).toBe(dim);
  });

  it.each<[string, string, Quantity, string]>([
    ['Swiss francs abbreviated', 'kostet neu Fr. 8.80.', q('8.80', 8.8, 'count', null, { start: 15, end: 19 }), 'money-chf'],
    ['Swiss francs with no space', 'nur Fr.1.65', q('1.65', 1.65, 'count', null, { start: 7, end: 11 }), 'money-chf'],
    ['"Frauen" is no franc', '12 Frauen', q('12', 12, 'count', null, { start: 0, end: 2 }), 'count'],
  ])('reads %s before the number', (_name, text, quantity, dim) => {
    expect(f(quantity, text).dim).toBe(dim);
  });

  it.each<[string, string, Quantity, Quantity]>([
    ['cents as euros', '169 Cent', q('169', 169, 'count', null, { start: 0, end: 3 }), q('1,69 Euro', 1.69, 'money', 'EUR')],
    ['Rappen as francs', '80 Rappen', q('80', 80, 'count', null, { start: 0, end: 2 }), q('0.80 Franken', 0.8, 'money', 'CHF')],
  ])('gives %s one figure', (_name, text, hundredths, whole) => {
    expect(compareFigures(f(hundredths, text), f(whole))).toBe('same');
    // As many whole euros or francs as hundredths is another figure.
    expect(compareFigures(f(hundredths, text), f({ ...whole, value: hundredths.value }))).toBe('conflict');
  });

  it('gives francs written as Fr., CHF and Franken one figure', () => {
    const abbreviated = f(q('80 Mio.', 80e6, 'count', null, { start: 0, end: 7 }), '80 Mio. Fr.');
    expect(compareFigures(abbreviated, f(q('80 Millionen Franken', 80e6, 'money', 'CHF')))).toBe('same');
    expect(compareFigures(f(q('8.80', 8.8, 'count', null, { start: 4, end: 8 }), 'Fr. 8.80'), f(q('CHF 8.80', 8.8, 'money', 'CHF')))).toBe('same');
    expect(compareFigures(abbreviated, f(q('80 Millionen Euro', 80e6, 'money', 'EUR')))).toBeNull();
  });

  it.each<[string, string, string | null]>([
    ['a day written in figures', '15.04.2023', '2023-04-15'],
    ['without leading zeros', '1.9.2022', '2022-09-01'],
    ['no month 13', '15.13.2023', null],
    ['no year outside 1900 to 2099', '15.04.2123', null],
  ])('reads %s as a date', (_name, text, date) => {
    const figure = f(q(text, Number(text.replace(/\./g, '')), 'count'));
    expect(figure.dim === 'date' ? figure.date : null).toBe(date);
  });

  it('gives a written date and the same day in words one figure', () => {
    expect(compareFigures(f(q('15.04.2023', 15042023, 'count')), f(q('15. April 2023', 2023, 'date', 'date', { date: '2023-04-15' })))).toBe('same');
    expect(compareFigures(f(q('15.04.2023', 15042023, 'count')), f(q('31. Dezember 2021', 2021, 'date', 'date', { date: '2021-12-31' })))).toBe('conflict');
  });

  it('leaves a count with a word after it a count', () => {
    expect(f(q('2 Millionen', 2e6, 'count', null, { start: 0, end: 11 }), '2 Millionen Menschen').dim).toBe('count');
  });

  it('keys a possible year as a count and a year', () => {
    expect(figureKeys(f(q('2023', 2023, 'count')))).toEqual(['q:count:2023', 'q:date:2023']);
  });

  it('gives a bare scale no figure', () => {
    expect(figureOf(q('Tausende', 1000, 'count', null, hedged))).toBeNull();
    expect(figureOf(q('thousands of', 1000, 'count', null, hedged))).toBeNull();
    expect(figureOf(q('NaN', Number.NaN, 'count'))).toBeNull();
  });
});

describe('specificityOf', () => {
  it.each<[string, Quantity, number]>([
    ['three digits and more', q('2.788', 2788, 'count'), 1],
    ['two digits', q('1,9 Millionen', 1.9e6, 'count'), 0.85],
    ['one digit', q('2 Millionen', 2e6, 'count'), 0.65],
    ['a half', q('die Hälfte', 0.5, 'percent', 'fraction'), 0.65],
    ['a year', q('2022', 2022, 'date', 'date', { date: '2022' }), 1],
  ])('%s', (_name, quantity, expected) => {
    expect(specificityOf(f(quantity))).toBe(expected);
  });
});
