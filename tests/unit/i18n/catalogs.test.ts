import { createTranslator } from 'use-intl/core';
import en from '@/lib/i18n/messages/en.json';
import de from '@/lib/i18n/messages/de.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  const english = flatten(en);
  const german = flatten(de);

  test('German has exactly the keys English has', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([...english.keys()])('%s is translated with the same placeholders', (key) => {
    const translation = german.get(key) ?? '';
    expect(translation.trim()).not.toBe('');
    expect(placeholders(translation)).toEqual(placeholders(english.get(key) ?? ''));
  });
});

/** A value for every argument of a message: formatting checks its syntax and its arguments' types. */
const sampleValues = (text: string) => Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map((match) => [match[1], 1]));

describe.each([
  ['en', en],
  ['de', de],
])('the %s catalog', (locale, messages) => {
  test.each([...flatten(messages)])('%s is a message next-intl can format', (key, text) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
    t(key as never, sampleValues(text) as never);
    expect(errors).toEqual([]);
  });
});
