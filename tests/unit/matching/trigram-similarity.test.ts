import { trigramSimilarity, trigramsOf } from '../../../lib/matching/trigram-similarity';

describe('trigramSimilarity', () => {
  it("takes pg_trgm's trigrams of a word", () => {
    // SELECT show_trgm('Cat') gives {"  c"," ca","at ",cat}
    expect([...trigramsOf('Cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
  });

  it.each<[string, string, number]>([
    // SELECT similarity('word', 'two words') = 0.363636
    ['word', 'two words', 4 / 11],
    ['Zwei Millionen', 'zwei millionen', 1],
    ['', 'anything', 0],
    ['abc', 'xyz', 0],
  ])('similarity(%j, %j)', (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 5);
    expect(trigramSimilarity(b, a)).toBeCloseTo(expected, 5);
  });
});
