import { db } from '@/lib/db';
import { FRONT_CACHE_HEADER } from '@/lib/server/front-cache/serve-with-front-cache';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { baseUrl, newContext, signInAs, useBrowser } from '../support/browser';
import { DESK_CORRECTION_NOTE, demoPeople, publishThroughDesk, withdrawThroughDesk } from '../support/report-desk';
import { createArticleWithApprovedClaims } from '../support/report-factories';

// The suite's app is the production server `npm start` runs: Next.js behind the front cache, in
// as many processes as this machine has cores on a PostgreSQL server (one on the embedded
// database). Each reader's request comes on a connection of its own, so requests reach any of
// them, and a change must reach every process's cache: the one that published it by itself, the
// others through the database's notification.
const browser = useBrowser();
const WARM_ROUNDS = 5;
let articleId = '';
let path = '';
let api = '';

afterAll(() => db.$disconnect());

async function anonymous(target: string, headers: Record<string, string> = {}) {
  const response = await fetch(baseUrl() + target, { headers: { 'accept-encoding': 'identity', connection: 'close', ...headers } });
  return { status: response.status, cache: response.headers.get(FRONT_CACHE_HEADER), etag: response.headers.get('etag'), body: await response.text() };
}

/** Asked a few rounds, so that every server process holds it and the last answer is from a cache. */
async function cached(target: string) {
  const answers = [];
  for (let round = 0; round < WARM_ROUNDS; round++) answers.push(await anonymous(target));
  expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
  const hit = answers.findLast((answer) => answer.cache === 'HIT');
  expect(hit).toBeDefined();
  return hit as (typeof answers)[number];
}

/** The answers of the next few requests, one per round: every process has been asked. */
async function nextAnswers(target: string) {
  const answers = [];
  for (let round = 0; round < WARM_ROUNDS; round++) answers.push(await anonymous(target));
  return answers;
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
    const corrected = await nextAnswers(path);
    expect([corrected[0]?.status, corrected[0]?.cache]).toEqual([200, 'MISS']);
    for (const answer of corrected) expect(answer.body).toContain(DESK_CORRECTION_NOTE);
    for (const answer of await nextAnswers(api)) expect(JSON.parse(answer.body)).toMatchObject({ version: 2 });

    await Promise.all([cached(path), cached(api)]);
    await withdrawThroughDesk(page, articleId, 'Im Test zurückgezogen.');
    const gone = await nextAnswers(path);
    expect(gone.map((answer) => answer.status)).toEqual(gone.map(() => 410));
    expect(gone[0]?.body).toContain('Im Test zurückgezogen.');
    expect((await nextAnswers(api)).map((answer) => answer.status)).toEqual(gone.map(() => 410));
    await context.close();
  });
});
