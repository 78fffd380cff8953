import { matchesIfNoneMatch } from '@/lib/front-cache/if-none-match';

describe('matchesIfNoneMatch', () => {
  test.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"abcd"', false],
    ['*', true],
  ])('%s', (header, matches) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(matches);
  });
});
