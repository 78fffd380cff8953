import { negotiateLocale } from '@/lib/i18n/locales';

describe('negotiateLocale', () => {
  test.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,de;q=0.5,en;q=0.4', 'de'],
    ['en;q=0.3,de;q=0.7', 'de'],
    ['fr, es', undefined],
    ['de;q=0, en', 'en'],
    ['', undefined],
    [null, undefined],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
