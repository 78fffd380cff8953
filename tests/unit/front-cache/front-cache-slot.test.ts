import { frontCacheSlot, type FrontCacheRequest } from '@/lib/front-cache/front-cache-slot';
import { publicReportSlug } from '@/lib/reports/public-report-address';

const request = (overrides: Partial<FrontCacheRequest> & { headers?: FrontCacheRequest['headers'] }): FrontCacheRequest => ({
  method: 'GET',
  url: '/reports/bruecke',
  ...overrides,
  headers: overrides.headers ?? {},
});

describe('frontCacheSlot', () => {
  test.each<[string, FrontCacheRequest, { key: string; tag: string } | null]>([
    ['an anonymous GET of a report page', request({}), { key: '/reports/bruecke\n', tag: 'bruecke' }],
    ['a HEAD shares the GET’s slot', request({ method: 'HEAD' }), { key: '/reports/bruecke\n', tag: 'bruecke' }],
    ['an earlier version, tagged with its report', request({ url: '/reports/bruecke/v/2' }), { key: '/reports/bruecke/v/2\n', tag: 'bruecke' }],
    ['the JSON export with its query', request({ url: '/api/reports/bruecke?version=1' }), { key: '/api/reports/bruecke?version=1\n', tag: 'bruecke' }],
    ['compression is part of the key', request({ headers: { 'accept-encoding': 'gzip, br' } }), { key: '/reports/bruecke\ngzip,br', tag: 'bruecke' }],
    ['the language cookie and Accept-Language are not', request({ headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'en' } }), { key: '/reports/bruecke\n', tag: 'bruecke' }],
    ['a next-auth CSRF cookie is no session', request({ headers: { cookie: 'next-auth.csrf-token=abc' } }), { key: '/reports/bruecke\n', tag: 'bruecke' }],
    ['a session cookie', request({ headers: { cookie: 'NEXT_LOCALE=de; next-auth.session-token=abc' } }), null],
    ['a secure, chunked session cookie', request({ headers: { cookie: '__Secure-next-auth.session-token.0=abc' } }), null],
    ['an Authorization header', request({ headers: { authorization: 'Bearer x' } }), null],
    ['a POST', request({ method: 'POST' }), null],
    ['a desk page', request({ url: '/articles/1/report' }), null],
    ['the report list', request({ url: '/api/reports' }), null],
    ['the export schema', request({ url: '/api/reports/schema' }), null],
    ['a trailing slash (Next redirects it)', request({ url: '/reports/bruecke/' }), null],
    ['an absolute-form target', request({ url: 'http://example.org/reports/bruecke' }), null],
  ])('%s', (_name, input, expected) => {
    expect(frontCacheSlot(input, publicReportSlug)).toEqual(expected);
  });
});

describe('publicReportSlug', () => {
  test.each([
    ['/reports/a-b-2', 'a-b-2'],
    ['/reports/a/v/3', 'a'],
    ['/reports/a/v/0', null],
    ['/api/reports/a', 'a'],
    ['/api/reports/a/markdown', 'a'],
    ['/api/reports/a/csv', 'a'],
    ['/api/reports/a/pdf', null],
    ['/api/reports/schema', null],
    ['/reports/A', null],
    ['/reports/%61', null],
    ['/reports', null],
  ])('%s → %s', (pathname, slug) => {
    expect(publicReportSlug(pathname)).toBe(slug);
  });
});
