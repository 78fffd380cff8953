import { cacheLifetime } from '@/lib/front-cache/cache-lifetime';

const PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';
const MAX_MS = 300_000;

describe('cacheLifetime', () => {
  test.each<[string, number, Record<string, string | string[]>, number | null]>([
    ['a public 200 for its s-maxage', 200, { 'cache-control': PUBLIC }, 60_000],
    ['max-age when there is no s-maxage', 200, { 'cache-control': 'public, max-age=30' }, 30_000],
    ['capped at the maximum', 200, { 'cache-control': 'public, s-maxage=86400' }, MAX_MS],
    ['varying on compression only', 200, { 'cache-control': PUBLIC, vary: 'Accept-Encoding' }, 60_000],
    ['a 503 during an outage', 503, { 'cache-control': PUBLIC }, null],
    ['a 410 once withdrawn', 410, { 'cache-control': PUBLIC }, null],
    ['a 304', 304, { 'cache-control': PUBLIC }, null],
    ['no Cache-Control', 200, {}, null],
    ['not public', 200, { 'cache-control': 's-maxage=60' }, null],
    ['private', 200, { 'cache-control': 'public, private, s-maxage=60' }, null],
    ['no-store', 200, { 'cache-control': 'no-store' }, null],
    ['no-cache', 200, { 'cache-control': 'public, no-cache, s-maxage=60' }, null],
    ['zero lifetime', 200, { 'cache-control': 'public, s-maxage=0' }, null],
    ['setting a cookie', 200, { 'cache-control': PUBLIC, 'set-cookie': ['a=b'] }, null],
    ['varying on a cookie', 200, { 'cache-control': PUBLIC, vary: 'Accept-Encoding, Cookie' }, null],
    ['varying on the App Router’s headers, which the key holds', 200, { 'cache-control': PUBLIC, vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding' }, 60_000],
    ['varying on Accept-Language', 200, { 'cache-control': PUBLIC, vary: 'Accept-Language' }, null],
    ['Vary: *', 200, { 'cache-control': PUBLIC, vary: '*' }, null],
  ])('%s', (_name, status, headers, expected) => {
    expect(cacheLifetime(status, headers, MAX_MS)).toBe(expected);
  });
});
