import { frontCacheSlot, type FrontCacheRequest } from '@/lib/front-cache/front-cache-slot';
import { publicReportSlug } from '@/lib/reports/public-report-address';

/** The key: the target, then Accept-Encoding and the App Router's four navigation headers. */
const key = (target: string, ...varying: string[]) => [target, ...Array.from({ length: 5 }, (_, index) => varying[index] ?? '')].join('\n');

const request = (overrides: Partial<FrontCacheRequest> & { headers?: FrontCacheRequest['headers'] }): FrontCacheRequest => ({
  method: 'GET',
  url: '/reports/bruecke',
  ...overrides,
  headers: overrides.headers ?? {},
});

describe('frontCacheSlot', () => {
  test.each<[string, FrontCacheRequest, { key: string; tag: string } | null]>([
    ['an anonymous GET of a report page', request({}), { key: key('/reports/bruecke'), tag: 'bruecke' }],
    ['a HEAD shares the GET’s slot', request({ method: 'HEAD' }), { key: key('/reports/bruecke'), tag: 'bruecke' }],
    ['an earlier version, tagged with its report', request({ url: '/reports/bruecke/v/2' }), { key: key('/reports/bruecke/v/2'), tag: 'bruecke' }],
    ['the JSON export with its query', request({ url: '/api/reports/bruecke?version=1' }), { key: key('/api/reports/bruecke?version=1'), tag: 'bruecke' }],
    ['compression is part of the key', request({ headers: { 'accept-encoding': 'gzip, br' } }), { key: key('/reports/bruecke', 'gzip,br'), tag: 'bruecke' }],
    ['an RSC request apart from a document request', request({ headers: { rsc: '1' } }), { key: key('/reports/bruecke', '', '1'), tag: 'bruecke' }],
    ['the language cookie and Accept-Language are not', request({ headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'en' } }), { key: key('/reports/bruecke'), tag: 'bruecke' }],
    ['a next-auth CSRF cookie is no session', request({ headers: { cookie: 'next-auth.csrf-token=abc' } }), { key: key('/reports/bruecke'), tag: 'bruecke' }],
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
