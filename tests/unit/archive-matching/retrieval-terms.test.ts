import { keysMayPair, wordsQuery } from '@/lib/server/matching/match-candidates-sql';
import { chooseRetrievalTerms, NO_FREQUENCIES, type RetrievalBudget, type TermFrequencies } from '@/lib/server/matching/retrieval-terms';

const budget: RetrievalBudget = { rowsPerCondition: 100, rowsInAll: 250, maxPairs: 10, maxShareInPair: 0.01 };

/** 100,000 rows; 'common' in 5 %, 'usual' in 0.5 %, 'rare' 0.05 %, anything unlisted in at most 0.01 %. */
const archive: TermFrequencies = {
  rows: 100_000,
  common: new Map([
    ['common', 0.05],
    ['usual', 0.005],
    ['often', 0.004],
    ['rare', 0.0005],
  ]),
  rare: 0.0001,
};

describe('chooseRetrievalTerms', () => {
  test.each<[string, readonly string[], TermFrequencies, { singles: string[]; pairs: Array<[string, string]> }]>([
    ['without statistics every term is rare enough alone', ['b', 'a'], NO_FREQUENCIES, { singles: ['a', 'b'], pairs: [] }],
    ['rare and unlisted terms alone, rarest first', ['rare', 'zebra'], archive, { singles: ['zebra', 'rare'], pairs: [] }],
    ['commoner terms in pairs that should bring few rows', ['usual', 'often'], archive, { singles: [], pairs: [['often', 'usual']] }],
    ['a term in more than maxShareInPair of the rows never pairs', ['common', 'usual'], archive, { singles: [], pairs: [] }],
    ['repeated terms count once', ['zebra', 'zebra'], archive, { singles: ['zebra'], pairs: [] }],
  ])('%s', (_name, terms, frequencies, expected) => {
    expect(chooseRetrievalTerms(terms, frequencies, budget)).toEqual(expected);
  });

  test('stops adding conditions once the rows they should bring exceed the budget, but always keeps the rarest', () => {
    const tight: RetrievalBudget = { ...budget, rowsPerCondition: 60, rowsInAll: 60 };
    expect(chooseRetrievalTerms(['rare', 'zebra', 'yak'], archive, tight).singles).toEqual(['yak', 'zebra']);
    expect(chooseRetrievalTerms(['rare'], archive, { ...tight, rowsInAll: 1 }).singles).toEqual(['rare']);
  });

  test('keeps at most maxPairs pairs, the least frequent first', () => {
    const pairs = chooseRetrievalTerms(['usual', 'often', 'rare'], { ...archive, rare: 0.003, common: new Map([['usual', 0.005], ['often', 0.004], ['rare', 0.002]]) }, { ...budget, rowsPerCondition: 10, maxPairs: 1 }).pairs;
    expect(pairs).toEqual([['often', 'rare']]);
  });

  test('asks the caller which terms may pair', () => {
    expect(chooseRetrievalTerms(['usual', 'often'], archive, budget, () => false).pairs).toEqual([]);
  });
});

describe('keysMayPair', () => {
  test.each([
    ['q:percent:25.4', 'q:percent:~25', false],
    ['q:percent:25.4', 'q:date:2018', true],
    ['e:kazakhstan', 'e:world-bank', true],
    ['e:kazakhstan', 'q:count:2000000', true],
  ])('%s with %s: %s', (a, b, expected) => {
    expect(keysMayPair(a, b)).toBe(expected);
  });
});

describe('wordsQuery', () => {
  test('joins single words and pairs into one tsquery, quoting every lexeme as it is', () => {
    expect(wordsQuery({ singles: ["o'neil"], pairs: [['back\\slash', 'euro']] })).toBe("'o''neil' | ('back\\\\slash' & 'euro')");
  });

  test('is null without terms, so the condition is left out', () => {
    expect(wordsQuery({ singles: [], pairs: [] })).toBeNull();
  });
});
