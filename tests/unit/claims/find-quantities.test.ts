import { findQuantities } from '../../../lib/claims/quantities/find-quantities';
import { tokenize } from '../../../lib/claims/text/tokenize';
import type { Quantity } from '../../../lib/claims/types';

function quantities(text: string, language: string): Quantity[] {
  return findQuantities(text, tokenize(text, 0, text.length), language).quantities;
}

type Expected = Partial<Quantity> & { text: string; value: number };

describe('findQuantities', () => {
  it.each<[string, string, Expected]>([
    ['de', 'Es waren 2.000.000 Menschen.', { text: '2.000.000', value: 2000000, unit: null, kind: 'count' }],
    ['en', 'There were 2,000,000 people.', { text: '2,000,000', value: 2000000, kind: 'count' }],
    ['de', 'Die Rate lag bei 3,5 %.', { text: '3,5 %', value: 3.5, unit: 'percent' }],
    ['en', 'The rate was 3.5%.', { text: '3.5%', value: 3.5, unit: 'percent' }],
    ['de', 'Es sind rund zwei Millionen Russen.', { text: 'rund zwei Millionen', value: 2000000, approx: true }],
    ['en', 'About two million people fled.', { text: 'About two million', value: 2000000, approx: true }],
    ['de', 'Das kostet 1,5 Milliarden Euro.', { text: '1,5 Milliarden Euro', value: 1500000000, unit: 'EUR', kind: 'money' }],
    ['en', 'It cost $1.2 billion.', { text: '$1.2 billion', value: 1200000000, unit: 'USD', kind: 'money' }],
    ['en', 'Revenue hit £3bn.', { text: '£3bn', value: 3000000000, unit: 'GBP' }],
    ['de', 'Ein 30-Tage-Stopp wurde verhängt.', { text: '30-Tage', value: 30, unit: 'day', kind: 'duration' }],
    ['de', 'Die zehnjährige Haftstrafe begann.', { text: 'zehnjährige', value: 10, unit: 'year' }],
    ['de', 'Dann sprach Anna Berg (69) vor.', { text: '69', value: 69, unit: 'year', kind: 'age', subject: 'Anna Berg' }],
    ['en', 'Jane Doe, 54, said no.', { text: '54', value: 54, unit: 'year', kind: 'age', subject: 'Jane Doe' }],
    ['en', 'A 10-year-old boy won.', { text: '10-year-old', value: 10, unit: 'year', kind: 'age' }],
    ['de', 'Das war am 24. November 2022.', { text: '24. November 2022', value: 2022, unit: 'date', date: '2022-11-24' }],
    ['en', 'It began on March 3, 2021.', { text: 'March 3, 2021', value: 2021, date: '2021-03-03' }],
    ['en', 'It ended in May 2020.', { text: 'May 2020', value: 2020, date: '2020-05' }],
    ['de', 'Es sind zwischen 20 und 30 Prozent.', { text: '20 und 30 Prozent', value: 20, max: 30, unit: 'percent' }],
    ['en', 'They will pay between $1bn and $3bn in stock.', { text: '$1bn and $3bn', value: 1e9, max: 3e9, unit: 'USD', kind: 'money' }],
    ['en', 'Users share between one and 100 gigabytes.', { text: 'one and 100', value: 1, max: 100 }],
    ['en', 'It should gain 25 to 30 seats.', { text: '25 to 30', value: 25, max: 30 }],
    ['en', 'The act, at number 19, earned most.', { text: '19', value: 19, unit: 'rank' }],
    ['en', 'Prices rose 20-30% this year.', { text: '20-30%', value: 20, max: 30, unit: 'percent' }],
    ['en', 'between 5 and 10 million dollars', { text: '5 and 10 million dollars', value: 5000000, max: 10000000, unit: 'USD' }],
    ['de', 'Knapp 300 Tonnen fehlen.', { text: 'Knapp 300 Tonnen', value: 300, unit: 't', approx: true }],
    ['de', 'Mehr als 1.500 Menschen kamen.', { text: 'Mehr als 1.500', value: 1500, bound: 'at-least' }],
    ['en', 'up to 5 km away', { text: 'up to 5 km', value: 5, unit: 'km', bound: 'at-most' }],
    ['de', 'Es kostet 5 Mio. Euro.', { text: '5 Mio. Euro', value: 5000000, unit: 'EUR' }],
    ['de', 'Es geht um 2 Mrd. US-Dollar.', { text: '2 Mrd. US-Dollar', value: 2000000000, unit: 'USD' }],
    ['en', 'nearly half a million people', { text: 'nearly half a million', value: 500000, approx: true }],
    ['en', 'two hundred and fifty people', { text: 'two hundred and fifty', value: 250 }],
    ['de', 'zweihunderteinundzwanzig Menschen', { text: 'zweihunderteinundzwanzig', value: 221 }],
    ['de', 'Die Zahl stieg seit 2015.', { text: '2015', value: 2015, unit: 'date' }],
    ['en', 'Some 2000 people marched.', { text: 'Some 2000', value: 2000, unit: null, approx: true }],
    ['de', 'Das 50-Millionen-Euro-Projekt startet.', { text: '50-Millionen-Euro', value: 50000000, unit: 'EUR' }],
    ['de', 'Die Zahl stieg um 1.500 Fälle.', { text: '1.500', value: 1500 }],
    ['en', 'The index rose 1.500 points.', { text: '1.500', value: 1.5 }],
    ['de', 'Ein Drittel der Schulen hat kein Netz.', { text: 'Ein Drittel', value: 1 / 3, unit: 'fraction', kind: 'percent' }],
    ['de', 'Zwei Drittel stimmten zu.', { text: 'Zwei Drittel', value: 2 / 3, unit: 'fraction' }],
    ['de', 'Knapp die Hälfte fehlte.', { text: 'Knapp die Hälfte', value: 0.5, unit: 'fraction', approx: true }],
    ['de', 'Jeder Fünfte ist betroffen.', { text: 'Jeder Fünfte', value: 0.2, unit: 'fraction' }],
    ['en', 'Two thirds of voters agreed.', { text: 'Two thirds', value: 2 / 3, unit: 'fraction', kind: 'percent' }],
    ['en', 'A quarter of the flights left late.', { text: 'A quarter', value: 0.25, unit: 'fraction' }],
    ['en', 'Half of all Americans agree.', { text: 'Half', value: 0.5, unit: 'fraction' }],
    ['en', 'One in five children is poor.', { text: 'One in five', value: 0.2, unit: 'fraction' }],
    ['de', 'Hunderte Menschen kamen.', { text: 'Hunderte', value: 100, unit: null, kind: 'count', approx: true }],
    ['de', 'Zehntausende flohen.', { text: 'Zehntausende', value: 10000, approx: true }],
    ['de', 'Der Schaden beträgt Millionen Euro.', { text: 'Millionen Euro', value: 1000000, unit: 'EUR', approx: true }],
    ['de', 'Mehrere Hundert Soldaten kamen.', { text: 'Mehrere Hundert', value: 100, approx: true }],
    ['en', 'Thousands of people marched.', { text: 'Thousands', value: 1000, approx: true }],
    ['en', 'Tens of thousands of jobs went.', { text: 'Tens of thousands', value: 10000, approx: true }],
    ['en', 'Hundreds of millions of dollars went.', { text: 'Hundreds of millions of dollars', value: 100000000, unit: 'USD', approx: true }],
    ['en', 'Several hundred soldiers came.', { text: 'Several hundred', value: 100, approx: true }],
    ['de', 'Er wurde zum dritten Mal Meister.', { text: 'dritten Mal', value: 3, unit: 'times', kind: 'count' }],
    ['de', 'Er kandidiert zum 3. Mal.', { text: '3. Mal', value: 3, unit: 'times' }],
    ['de', 'Die Preise stiegen das zweite Jahr in Folge.', { text: 'zweite Jahr in Folge', value: 2, unit: 'year', kind: 'duration' }],
    ['en', 'She won for the fifth time.', { text: 'fifth time', value: 5, unit: 'times' }],
    ['en', 'Prices rose for the third straight month.', { text: 'third straight month', value: 3, unit: 'month', kind: 'duration' }],
    ['en', 'It grew the 10th year in a row.', { text: '10th year in a row', value: 10, unit: 'year' }],
    ['de', 'Er liegt auf Platz 3.', { text: '3', value: 3, unit: 'rank', kind: 'count' }],
    ['de', 'Er wurde der 3. Sieger.', { text: '3.', value: 3, unit: 'rank' }],
    ['de', 'Sie erreichte den dritten Platz.', { text: 'dritten Platz', value: 3, unit: 'rank' }],
    ['en', 'She came 2nd in the 1990s.', { text: '2nd', value: 2, unit: 'rank' }],
    ['en', 'They took fourth place.', { text: 'fourth place', value: 4, unit: 'rank' }],
    ['en', 'Three-quarters said yes.', { text: 'Three-quarters', value: 0.75, unit: 'fraction' }],
    ['en', 'Almost a quarter said no.', { text: 'Almost a quarter', value: 0.25, approx: true }],
    ['en', 'Nearly half those surveyed agreed.', { text: 'Nearly half', value: 0.5, unit: 'fraction' }],
    ['en', 'He faces a five-year jail term.', { text: 'five-year', value: 5, unit: 'year', kind: 'duration' }],
    ['de', 'Der Rückgang fiel nur halb so stark aus.', { text: 'halb', value: 0.5, unit: 'fraction' }],
    ['de', 'Einsatz in Wien – Zwei Züge fielen aus.', { text: 'Zwei', value: 2 }],
  ])('%s: reads %s', (language, text, expected) => {
    const found = quantities(text, language);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
    const q = found[0];
    if (q) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ['de', 'Der Termin ist um 14 Uhr.'],
    ['en', 'The meeting starts at 3 p.m.'],
    ['en', 'The COVID-19 pandemic and the F-35 jet.'],
    ['de', 'Er wohnt in Haus Nr. 5.'],
    ['en', 'Music of the 1990s.'],
    ['de', 'Tore: Rosseli (44.) bzw. Nyquist (21.)'],
    ['en', 'One of them said no.'],
    ['de', 'Die deutsche Elf spielte gut.'],
    ['de', 'Bayern gewann 3:1.'],
    ['en', 'A third party won the seat.'],
    ['en', 'Sales fell in the first quarter.'],
    ['en', 'It happened one in the morning.'],
  ])('%s: finds no quantity in %s', (language, text) => {
    expect(quantities(text, language)).toEqual([]);
  });

  it('reads a score written with "to" as two numbers, not a range', () => {
    expect(quantities('They won 3 to 1.', 'en').map((q) => [q.value, q.max])).toEqual([
      [3, undefined],
      [1, undefined],
    ]);
  });

  it('flags clock times and results', () => {
    const text = 'Um 14 Uhr gewann Bayern 3:1.';
    const scan = findQuantities(text, tokenize(text, 0, text.length), 'de');
    expect(scan.clockTime).toBe(true);
    expect(scan.result).toBe(true);
  });
});
