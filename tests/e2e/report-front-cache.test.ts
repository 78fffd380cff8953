import { db } from '@/lib/db';
import { FRONT_CACHE_HEADER } from '@/lib/server/front-cache/serve-with-front-cache';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { baseUrl, newContext, signInAs, useBrowser } from '../support/browser';
import { DESK_CORRECTION_NOTE, demoPeople, publishThroughDesk, withdrawThroughDesk } from '../support/report-desk';
import { createArticleWithApprovedClaims } from '../support/report-factories';

// The suite's app is the production server `npm start` runs: Next.js behind the front cache.
const browser = useBrowser();
let articleId = '';
let path = '';
let api = '';

afterAll(() => db.$disconnect());

async function anonymous(target: string, headers: Record<string, string> = {}) {
  const response = await fetch(baseUrl() + target, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: response.status, cache: response.headers.get(FRONT_CACHE_HEADER), etag: response.headers.get('etag'), body: await response.text() };
}

/** Asked twice, so that the second answer is the cache's. */
async function cached(target: string) {
  await anonymous(target);
  const answer = await anonymous(target);
  expect([answer.status, answer.cache]).toEqual([200, 'HIT']);
  return answer;
}

beforeAll(async () => {
  const { editor, checker } = await demoPeople();
  const { article, claims } = await createArticleWithApprovedClaims({ editorId: editor.id, checkerId: checker.id }, [
    { text: 'Nach Angaben der Stadt fahren täglich 24.000 Autos über die Brücke am Markt.', rating: 'mostly-true' },
  ]);
  articleId = article.id;
  await saveReportDraft({ articleId, headline: 'Was die Brückenzählung zeigt', summary: 'Eine Aussage geprüft.', language: 'de', claimIds: claims.map((claim) => claim.id) }, editor);
  const preview = await previewReport(articleId);
  const { slug } = await publishReport({ articleId, fingerprint: preview?.fingerprint ?? '', correctionNote: null }, editor);
  path = `/reports/${slug}`;
  api = `/api/reports/${slug}`;
});

describe('the production server’s front cache', () => {
  test('answers an anonymous reader from memory with the bytes and headers Next sent, and 304 to one who has them', async () => {
    const first = await anonymous(path);
    expect([first.status, first.cache]).toEqual([200, 'MISS']);
    const hit = await cached(path);
    expect(hit.body).toBe(first.body);
    const response = await fetch(baseUrl() + path);
    for (const header of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'cache-control']) expect(response.headers.get(header)).toBeTruthy();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();
    await response.arrayBuffer();
    expect(await anonymous(path, { 'if-none-match': hit.etag ?? '' })).toMatchObject({ status: 304, body: '' });
    expect(JSON.parse((await cached(api)).body)).toMatchObject({ version: 1 });
  });

  test('passes a signed-in reader by', async () => {
    await cached(path);
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await context.request.get(path);
      expect([response.status(), response.headers()[FRONT_CACHE_HEADER]]).toEqual([200, undefined]);
    }
    await context.close();
  });

  test('shows a correction published through the desk on the very next request, and then a withdrawal', async () => {
    await Promise.all([cached(path), cached(api)]);
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    await publishThroughDesk(page, articleId);
    const corrected = await anonymous(path);
    expect([corrected.status, corrected.cache]).toEqual([200, 'MISS']);
    expect(corrected.body).toContain(DESK_CORRECTION_NOTE);
    expect(JSON.parse((await anonymous(api)).body)).toMatchObject({ version: 2 });

    await Promise.all([cached(path), cached(api)]);
    await withdrawThroughDesk(page, articleId, 'Im Test zurückgezogen.');
    const gone = await anonymous(path);
    expect(gone.status).toBe(410);
    expect(gone.body).toContain('Im Test zurückgezogen.');
    expect((await anonymous(api)).status).toBe(410);
    await context.close();
  });
});
