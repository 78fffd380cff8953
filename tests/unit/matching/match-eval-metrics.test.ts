import { meetsTarget, summarizeOutcomes, type QueryOutcome } from '../../../lib/matching/match-eval-metrics';

describe('summarizeOutcomes', () => {
  const outcomes: QueryOutcome[] = [
    { split: 'dev', kind: 'de', rank: 1 },
    { split: 'dev', kind: 'de', rank: 3 },
    { split: 'dev', kind: 'de', rank: null },
    { split: 'dev', kind: 'de', rank: 6 },
    { split: 'test', kind: 'cross', rank: 2 },
  ];

  it('computes P@1, R@5 and MRR per split and kind, dev first, with a total per split', () => {
    expect(summarizeOutcomes(outcomes)).toEqual([
      { split: 'dev', kind: 'de', queries: 4, precisionAt1: 0.25, recallAt5: 0.5, mrr: 0.375 },
      { split: 'dev', kind: 'all', queries: 4, precisionAt1: 0.25, recallAt5: 0.5, mrr: 0.375 },
      { split: 'test', kind: 'cross', queries: 1, precisionAt1: 0, recallAt5: 1, mrr: 0.5 },
      { split: 'test', kind: 'all', queries: 1, precisionAt1: 0, recallAt5: 1, mrr: 0.5 },
    ]);
  });

  it('reports nothing for no queries', () => {
    expect(summarizeOutcomes([])).toEqual([]);
  });
});

describe('meetsTarget', () => {
  const base = { split: 'test' as const, queries: 30, mrr: 0.9 };
  it.each<[string, Parameters<typeof meetsTarget>[0], boolean | null]>([
    ['same language at the targets', { ...base, kind: 'de', precisionAt1: 0.9, recallAt5: 0.95 }, true],
    ['same language below P@1', { ...base, kind: 'en', precisionAt1: 0.89, recallAt5: 1 }, false],
    ['same language below R@5', { ...base, kind: 'de', precisionAt1: 1, recallAt5: 0.94 }, false],
    ['across languages by R@5 alone', { ...base, kind: 'cross', precisionAt1: 0.2, recallAt5: 0.7 }, true],
    ['across languages below R@5', { ...base, kind: 'cross', precisionAt1: 1, recallAt5: 0.69 }, false],
    ['the total has no target', { ...base, kind: 'all', precisionAt1: 1, recallAt5: 1 }, null],
  ])('%s', (_name, r, expected) => {
    expect(meetsTarget(r)).toBe(expected);
  });
});
