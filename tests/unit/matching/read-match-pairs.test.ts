import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveOf, MatchPairError, readMatchPairs } from '../../../lib/matching/read-match-pairs';

const line = (over: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: 'p1',
    split: 'dev',
    kind: 'cross',
    query: { text: 'Moskau hat 13 Millionen Einwohner.', language: 'de', date: '2024-06-01' },
    match: { id: 'p1-m', text: 'Moscow has 13 million people.', language: 'en', date: '2023-02-01', as: 'factcheck' },
    distractors: [{ id: 'p1-d1', text: 'Moscow has 240 metro stations.', language: 'en', date: '2023-03-01', as: 'claim', hard: 'other-figure' }],
    ...over,
  });

describe('readMatchPairs', () => {
  it('reads a line with dates as dates and skips blank lines', () => {
    const [pair, ...rest] = readMatchPairs(`${line()}\n\n`);
    expect(rest).toEqual([]);
    expect(pair?.query.date).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(pair?.distractors[0]?.hard).toBe('other-figure');
  });

  it.each<[string, string, RegExp]>([
    ['broken JSON', '{"id": ', /line 1: not valid JSON/],
    ['an unknown split', line({ split: 'train' }), /line 1: split/],
    ['a language outside de and en', line({ query: { text: 'x', language: 'fr', date: '2024-01-01' } }), /line 1: query\.language/],
    ['a bad date', line({ query: { text: 'x', language: 'de', date: '2024-13-01' } }), /line 1: query\.date/],
    ['a cross pair in one language', line({ kind: 'cross', match: { id: 'm', text: 'x', language: 'de', date: '2023-01-01', as: 'claim' } }), /kind does not agree/],
    ['a same-language kind across languages', line({ kind: 'de' }), /kind does not agree/],
    ['an unknown field', line({ note: 'x' }), /line 1/],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(() => readMatchPairs(text)).toThrow(MatchPairError);
    expect(() => readMatchPairs(text)).toThrow(message);
  });

  it('refuses a repeated id on the line that repeats it', () => {
    expect(() => readMatchPairs(`${line()}\n${line({ id: 'p2' })}`)).toThrow(/line 2: id p1-m repeats/);
  });

  it('gives every match and distractor as the archive', () => {
    expect(archiveOf(readMatchPairs(line())).map((a) => a.id)).toEqual(['p1-m', 'p1-d1']);
  });
});

describe('the shipped test set', () => {
  const pairs = readMatchPairs(readFileSync(join(__dirname, '../../../data/matching/pairs.jsonl'), 'utf8'));

  it('has at least 150 pairs, with both splits and all three kinds', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    for (const split of ['dev', 'test'] as const) {
      for (const kind of ['de', 'en', 'cross'] as const) expect(pairs.filter((p) => p.split === split && p.kind === kind).length).toBeGreaterThanOrEqual(25);
    }
  });

  it('crosses languages both ways', () => {
    const cross = pairs.filter((p) => p.kind === 'cross');
    expect(cross.filter((p) => p.query.language === 'de').length).toBeGreaterThanOrEqual(20);
    expect(cross.filter((p) => p.query.language === 'en').length).toBeGreaterThanOrEqual(20);
  });

  it('gives every pair a hard negative and every text once', () => {
    for (const p of pairs) expect(p.distractors.length).toBeGreaterThan(0);
    const texts = pairs.flatMap((p) => [p.query.text, p.match.text, ...p.distractors.map((d) => d.text)]);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
