import { contentWords, stemOf } from '../../../lib/matching/content-words';

describe('contentWords', () => {
  it.each<[string, string, string[]]>([
    ['drops function words and bare numbers', 'Die Zahl der Zuzüge lag 2023 bei 1,9 Millionen.', ['Zahl', 'Zuzüge']],
    ['keeps one word per stem', 'Arbeitslose und Arbeitslosen', ['Arbeitslose']],
    ['drops English function words', 'The number of people who left the country', ['number', 'people', 'left', 'country']],
  ])('%s', (_name, text, expected) => {
    expect(contentWords(text, text.startsWith('The') ? 'en' : 'de').map((w) => w.text)).toEqual(expected);
  });
});

describe('stemOf', () => {
  it.each<[string, string, string]>([
    ['arbeitslosenquote', 'arbeitslosigkeit', 'de'],
    ['flüchtlinge', 'flüchtlingen', 'de'],
    ['refugees', 'refugee', 'en'],
    ['counted', 'counting', 'en'],
  ])('%s and %s share a stem', (a, b, language) => {
    expect(stemOf(a, language)).toBe(stemOf(b, language));
  });
});
