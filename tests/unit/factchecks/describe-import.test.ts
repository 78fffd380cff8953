import { byteSize, describePlace, describeProblem, describeRefusal, type ImportTranslator } from '@/lib/factchecks/describe-import';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import type { FileProblem } from '@/lib/factchecks/factcheck-file';

function translator(section: Record<string, unknown>): ImportTranslator {
  const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], section);
  return Object.assign(
    (key: string, values: Record<string, string | number> = {}) => {
      const text = lookup(key);
      if (typeof text !== 'string') throw new Error(`No message ${key}`);
      return text.replace(/\{(\w+)\}/g, (_all, name: string) => String(values[name]));
    },
    { has: (key: string) => typeof lookup(key) === 'string' },
  );
}

const english = translator(en.matching.import);
const german = translator(de.matching.import);

const PROBLEMS: FileProblem[] = [
  { kind: 'empty' },
  { kind: 'unknown-format' },
  { kind: 'not-an-array', line: 1 },
  { kind: 'invalid-json', line: 3, record: null, detail: 'Unexpected "x"' },
  { kind: 'invalid-json', line: 3, record: 2, detail: 'Unexpected "x"' },
  { kind: 'truncated', line: 9, record: null },
  { kind: 'truncated', line: 9, record: 4 },
  { kind: 'object-over-lines', line: 1 },
  { kind: 'line-too-long', line: 5, limit: 4_000_000 },
  { kind: 'page-too-large', line: 7, page: 2, limit: 20_000_000 },
];

describe('describeProblem', () => {
  test.each(PROBLEMS)('words %j in both languages, with its line and record', (problem) => {
    for (const t of [english, german]) {
      const text = describeProblem(t, problem);
      expect(text).not.toMatch(/\{\w+\}|undefined/);
      if ('line' in problem) expect(text).toContain(String(problem.line));
      if ('record' in problem && problem.record !== null) expect(text).toContain(String(problem.record));
    }
  });

  test('names the record and line a truncated array stops in', () => {
    expect(describeProblem(english, { kind: 'truncated', line: 9, record: 4 })).toBe('The file ends in the middle of record 4 (line 9): it looks cut off.');
  });
});

describe('describePlace and describeRefusal', () => {
  test.each([
    ['json-array', { record: 4, line: 12 }, 'Record 4 (line 12)'],
    ['json-lines', { record: 4, line: 12 }, 'Line 12'],
    ['html', { record: 4, line: 12, page: 2 }, 'Page 2 (line 12), record 4'],
  ] as const)('says where a record of a %s file is', (format, place, text) => {
    expect(describePlace(english, format, place)).toBe(text);
  });

  test('words the validator’s reasons with the field, and shows an unknown one as it is', () => {
    expect(describeRefusal(english, 'unsafe-url', 'author.url')).toBe('author.url is not an http or https address');
    expect(describeRefusal(german, 'unsafe-url', 'url')).toBe('url ist keine http- oder https-Adresse');
    expect(describeRefusal(english, 'something-new', 'x')).toBe('something-new (x)');
  });

  test.each([
    [1_000_000, '1 MB'],
    [4_200_000, '4.2 MB'],
    [512_000, '512 KB'],
    [512, '512 B'],
  ])('byteSize(%d) is %s', (bytes, text) => {
    expect(byteSize(bytes)).toBe(text);
  });
});
