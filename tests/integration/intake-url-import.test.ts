import { AppError } from '@/lib/errors/app-error';
import { parseIpNetwork, type IpNetwork } from '@/lib/intake/ip-address';
import { fetchPublicPage, type FetchLimits } from '@/lib/server/articles/fetch-public-page';
import { importArticleFromUrl } from '@/lib/server/articles/import-article-from-url';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const LOOPBACK_V4 = [parseIpNetwork('127.0.0.1/32') as IpNetwork];
const local: FetchLimits = { allowedNetworks: LOOPBACK_V4 };

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture.close());

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors?.url;
}

describe('URL import from a local fixture server (127.0.0.1 allowed)', () => {
  test('fills the draft from an article page: title, author, outlet, date and the main text', async () => {
    const draft = await importArticleFromUrl(`${fixture.url}/article.html`, local);
    expect(draft).toMatchObject({
      url: `${fixture.url}/article.html`,
      title: 'Falkenau baut neue Muldebrücke',
      author: 'Jana Berg',
      outlet: 'Falkenauer Tagblatt',
      publishedAt: '2026-03-04',
    });
    expect(draft.body).toMatch(/^Der Stadtrat von Falkenau hat am Dienstag mit 23 zu 8 Stimmen/);
    expect(draft.body).not.toMatch(/Startseite|Impressum|hijacked/);
  });

  test('reads a compressed page and one that names its charset only in a meta tag', async () => {
    expect((await importArticleFromUrl(`${fixture.url}/article-gzip.html`, local)).title).toBe('Falkenau baut neue Muldebrücke');
    expect(await importArticleFromUrl(`${fixture.url}/latin1.html`, local)).toMatchObject({ title: 'Grüße', body: 'Schöne Grüße aus Falkenau.' });
  });

  test('follows redirects and reports where the page was found', async () => {
    const draft = await importArticleFromUrl(`${fixture.url}/redirect?status=301&to=/redirect%3Fto%3D/article.html`, local);
    expect(draft.url).toBe(`${fixture.url}/article.html`);
  });

  test.each([
    ['a JSON answer', '/data.json', 'validation.urlNotHtml'],
    ['a PDF', '/report.pdf', 'validation.urlNotHtml'],
    ['a page without text', '/blank.html', 'validation.urlNoText'],
    ['a redirect loop', '/redirect-loop', 'validation.urlRedirects'],
  ])('refuses %s', async (_case, path, key) => {
    expect(await refusal(importArticleFromUrl(`${fixture.url}${path}`, local))).toMatchObject({ key });
  });

  test('refuses an error status and names it', async () => {
    expect(await refusal(importArticleFromUrl(`${fixture.url}/missing.html`, local))).toEqual({ key: 'validation.urlStatus', values: { status: 404 } });
  });

  test.each(['/huge-declared.html', '/huge-streamed.html', '/gzip-bomb.html'])('refuses %s as too big', async (path) => {
    expect(await refusal(fetchPublicPage(`${fixture.url}${path}`, { ...local, maxBytes: 1_000_000 }))).toEqual({
      key: 'validation.urlTooLarge',
      values: { limit: 1 },
    });
  });

  test.each(['/slow.html', '/slow-body.html'])('gives up on %s after the time limit', async (path) => {
    expect(await refusal(fetchPublicPage(`${fixture.url}${path}`, { ...local, timeoutMs: 1000 }))).toEqual({
      key: 'validation.urlTimeout',
      values: { seconds: 1 },
    });
  });

  test('refuses an address nobody answers on', async () => {
    expect(await refusal(fetchPublicPage('http://127.0.0.1:1/', local))).toEqual({ key: 'validation.urlUnreachable' });
  });

  test.each([
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', 'http://10.0.0.1/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['loopback disguised as IPv4-mapped IPv6', 'http://[::ffff:7f00:1]/article.html'],
    ['0.0.0.0', 'http://0.0.0.0/'],
  ])('refuses a redirect to %s (every hop is checked)', async (_case, target) => {
    const redirect = `/redirect?to=${encodeURIComponent(target)}`;
    expect(await refusal(fetchPublicPage(`${fixture.url}${redirect}`, local))).toEqual({ key: 'validation.urlPrivate' });
    expect(fixture.requests.at(-1)).toBe('/redirect');
  });

  test.each(['file:///etc/passwd', 'ftp://127.0.0.1/'])('refuses a redirect to %s: only http and https', async (target) => {
    expect(await refusal(fetchPublicPage(`${fixture.url}/redirect?to=${encodeURIComponent(target)}`, local))).toEqual({ key: 'validation.url' });
  });
});

describe('URL import without a setting that allows local networks', () => {
  test.each([
    ['by address', () => `${fixture.url}/article.html`],
    ['by a name that resolves to loopback', () => `${fixture.url.replace('127.0.0.1', 'localhost')}/article.html`],
  ])('refuses the fixture server %s before any request reaches it', async (_case, url) => {
    const before = fixture.requests.length;
    expect(await refusal(importArticleFromUrl(url()))).toEqual({ key: 'validation.urlPrivate' });
    expect(await refusal(importArticleFromUrl(url(), { allowedNetworks: [] }))).toEqual({ key: 'validation.urlPrivate' });
    expect(fixture.requests.length).toBe(before);
  });

  test.each(['http://user:secret@127.0.0.1/', 'javascript:alert(1)', 'not a url'])('refuses %s', async (url) => {
    expect(await refusal(fetchPublicPage(url))).toEqual({ key: 'validation.url' });
  });
});
