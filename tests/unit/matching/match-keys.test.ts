import type { Quantity } from '../../../lib/claims/types';
import { matchKeys, SYNONYM_KEY_PREFIX } from '../../../lib/matching/match-keys';
import { matchTextOf } from '../../../lib/matching/match-text-of';
import type { MatchText } from '../../../lib/matching/match-types';

function q(text: string, value: number, kind: Quantity['kind'], unit: string | null = null, extra: Partial<Quantity> = {}): Quantity {
  return { text, value, kind, unit, approx: false, start: 0, end: text.length, ...extra };
}

function bare(quantities: Quantity[], text = ''): MatchText {
  return { text, language: 'de', quantities, entities: [], type: null, date: null };
}

describe('matchKeys: figures', () => {
  it.each<[string, Quantity, string[]]>([
    ['a count', q('2 Millionen', 2e6, 'count'), ['q:count:2000000', 'q:count:~2000000']],
    ['a rounded count keeps both two-digit buckets', q('1,98 Millionen', 1.98e6, 'count'), ['q:count:1980000', 'q:count:~1900000', 'q:count:~2000000']],
    ['a percentage', q('12,5 Prozent', 12.5, 'percent', 'percent'), ['q:percent:12.5', 'q:percent:~12', 'q:percent:~13']],
    ['a fraction as a percentage', q('zwei Drittel', 2 / 3, 'percent', 'fraction'), ['q:percent:66.6666666667', 'q:percent:~66', 'q:percent:~67']],
    ['percentage points apart from percent', q('0,25 Prozentpunkte', 0.25, 'percent', 'percentage-point'), ['q:percent-points:0.25', 'q:percent-points:~0.25']],
    ['money by currency', q('3,5 Milliarden Euro', 3.5e9, 'money', 'EUR'), ['q:money-eur:3500000000', 'q:money-eur:~3500000000']],
    ['a measure in its base unit', q('1,5 GW', 1.5, 'measure', 'GW'), ['q:measure-w:1500000000', 'q:measure-w:~1500000000']],
    ['a duration by its unit', q('30 Tage', 30, 'duration', 'day'), ['q:duration-day:30', 'q:duration-day:~30']],
    ['an age, also as years', q('69 Jahre alt', 69, 'age', 'year'), ['q:age:69', 'q:duration-year:69']],
    ['a year-long duration, also as an age', q('69-jährige', 69, 'duration', 'year'), ['q:age:69', 'q:duration-year:69']],
    ['a year', q('2022', 2022, 'date', 'date', { date: '2022' }), ['q:date:2022']],
    ['a full date and its year', q('24. Februar 2022', 2022, 'date', 'date', { date: '2022-02-24' }), ['q:date:2022', 'q:date:2022-02-24']],
    ['a range by both ends', q('20 bis 30 Prozent', 20, 'percent', 'percent', { max: 30 }), ['q:percent:20', 'q:percent:30', 'q:percent:~20']],
  ])('%s', (_name, quantity, expected) => {
    expect(matchKeys(bare([quantity]))).toEqual([...expected].sort());
  });

  it('keys a rank written as one superlative as "Platz drei" is keyed', () => {
    const rank = (text: string): string[] => matchKeys(matchTextOf(text, 'de')).filter((k) => k.startsWith('q:count-rank:'));
    expect(rank('Das drittgrößte Land.')).toEqual(rank('Das Land auf Platz drei.'));
    expect(rank('Das drittgrößte Land.')).toContain('q:count-rank:3');
  });

  it('gives no key for a bare scale such as "Tausende"', () => {
    expect(matchKeys(bare([q('Tausende', 1000, 'count', null, { approx: true })]))).toEqual([]);
  });
});

describe('matchKeys: the same facts in German and English share keys', () => {
  it.each<[string, string, string, string, string[]]>([
    ['spelled-out and hedged millions', 'Rund zwei Millionen Menschen haben Kasachstan im Jahr 2022 verlassen.', 'de', 'About two million people left Kazakhstan in 2022.', ['q:count:2000000', 'e:kazakhstan', 'q:date:2022']],
    ['digits and words', '2 Millionen Menschen verließen Russland.', 'de', 'Two million people left Russia.', ['q:count:2000000', 'e:russia']],
    ['a capital', 'In Moskau wurden 300 Menschen festgenommen.', 'de', 'Police detained 300 people in Moscow.', ['q:count:300', 'e:moscow']],
    ['institutions by their acronyms', 'Die EZB und der IWF warnten.', 'de', 'The ECB and the IMF warned.', ['e:european-central-bank', 'e:imf']],
    ['institutions spelled out', 'Die Vereinten Nationen und die Weltgesundheitsorganisation widersprachen.', 'de', 'The United Nations and the World Health Organization disagreed.', ['e:united-nations', 'e:who']],
    ['a German genitive', 'Die Wirtschaft Kasachstans wuchs um 5 Prozent.', 'de', "Kazakhstan's economy grew by 5 percent.", ['e:kazakhstan', 'q:percent:5']],
    ['transliterated names', 'Tokajew sagte, die Inflation liege bei 8 Prozent.', 'de', 'Tokayev said inflation was 8 percent.', ['e:kassym-jomart-tokayev', 'q:percent:8']],
  ])('%s', (_name, de, deLang, en, shared) => {
    const a = matchKeys(matchTextOf(de, deLang));
    const b = matchKeys(matchTextOf(en, 'en'));
    for (const key of shared) {
      expect(a).toContain(key);
      expect(b).toContain(key);
    }
  });

  it('keeps "3 million" apart from "two million"', () => {
    const a = matchKeys(matchTextOf('Three million people left Russia.', 'en'));
    expect(a).toContain('q:count:3000000');
    expect(a).not.toContain('q:count:2000000');
    expect(a).not.toContain('q:count:~2000000');
  });

  it('returns sorted keys without repeats', () => {
    const keys = matchKeys(matchTextOf('Deutschland, Germany und die Bundesrepublik Deutschland zahlten 5 Euro.', 'de'));
    expect(keys).toEqual([...new Set(keys)].sort());
    expect(keys.filter((k) => k === 'e:germany')).toHaveLength(1);
  });
});

describe('matchKeys: German synonym groups', () => {
  const synonymKeys = (text: string, language = 'de') => matchKeys(matchTextOf(text, language)).filter((key) => key.startsWith(SYNONYM_KEY_PREFIX));
  it.each<[string, string, string]>([
    ['a word and its synonym', 'Die Pandemie traf Brandenau.', 'Corona traf Brandenau.'],
    ['a compound by its last part', 'Die Messerattacken in Brandenau.', 'Die Angriffe in Brandenau.'],
    ['a compound by its first part', 'Der Gaspreis in Brandenau hat sich verdoppelt.', 'Erdgas kostet in Brandenau doppelt so viel.'],
  ])('%s share a key', (_name, a, b) => {
    const shared = synonymKeys(a).filter((key) => synonymKeys(b).includes(key));
    expect(shared.length).toBeGreaterThan(0);
  });

  it.each<[string, string]>([
    ['English wording', 'The pandemic hit Brandenau.'],
    ['words in no group', 'Der Kreistag von Brandenau tagt.'],
  ])('gives none for %s', (_name, text) => {
    expect(synonymKeys(text, text.startsWith('The') ? 'en' : 'de')).toEqual([]);
  });
});
