import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { db } from '@/lib/db';
import { keepFrontCacheCurrent } from '@/lib/server/front-cache/keep-front-cache-current';
import { FRONT_CACHE_HEADER, serveWithFrontCache } from '@/lib/server/front-cache/serve-with-front-cache';
import { findPublicReport } from '@/lib/server/reports/find-public-report';
import { PUBLIC_REPORT_CACHE } from '@/lib/server/reports/public-report-cache-policy';
import { previewReport } from '@/lib/server/reports/preview-report';
import { expireReportCache } from '@/lib/server/reports/public-report-cache';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { unpublishReport } from '@/lib/server/reports/unpublish-report';
import { createTestUser } from '../support/factories';
import { createArticleWithApprovedClaims } from '../support/report-factories';

// This process plays one app instance: the front cache and its listener, in front of what the
// database says of the report (the page itself needs next-intl, which is ESM only; the end-to-end
// tests see it through the real server). On a PostgreSQL server the test publishes as another
// instance would, through the database alone (it expires no cache of its own), so only NOTIFY can
// tell this one. The embedded database (PGlite) delivers a notification only to the connection
// that sent it, and it serves one Factdesk only (its data directory is locked): there the test
// publishes as this instance, which lets go of its own answers as the desk's actions do.
const anotherInstanceCanPublish = process.env.TEST_DATABASE_KIND === 'server';

const { sharedMaxAge } = PUBLIC_REPORT_CACHE;
let server: http.Server;
let base = '';
let frontCache: ReturnType<typeof keepFrontCacheCurrent>;
let articleId = '';
let slug = '';
let editor: Awaited<ReturnType<typeof createTestUser>>;

// Every test file shares the database's notifications: wait for this report's own, and only for
// one sent after the wait began (the first publish's may arrive late, or not at all if it came
// before the listener, so an earlier one must not count for a later change).
const waiting = new Map<string, () => void>();
const changeOf = (wanted: string) => new Promise<void>((resolve) => void waiting.set(wanted, resolve));

/** Publishes a change the way this database lets one reach the front cache (see above), and returns once it has. */
async function changeReport(change: () => Promise<unknown>) {
  if (!anotherInstanceCanPublish) {
    await change();
    return expireReportCache(slug);
  }
  const heardOfIt = changeOf(slug);
  await change();
  await heardOfIt;
}

/** Next's part, in short: the report as the public may see it, 410 once withdrawn, with the Cache-Control its route adds. */
async function renderThroughApp(request: http.IncomingMessage, response: http.ServerResponse) {
  const found = await findPublicReport(request.url?.split('/').pop() ?? '');
  response.writeHead(found?.state === 'published' ? 200 : 410, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': `public, max-age=0, s-maxage=${sharedMaxAge}`,
  });
  response.end(JSON.stringify(found));
}

async function get(headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/reports/${slug}`, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: response.status, cache: response.headers.get(FRONT_CACHE_HEADER), etag: response.headers.get('etag'), body: await response.text() };
}

async function publish(correctionNote: string | null) {
  const preview = await previewReport(articleId);
  if (!preview) throw new Error('No preview');
  await publishReport({ articleId, fingerprint: preview.fingerprint, correctionNote }, editor);
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL ?? '';
  frontCache = keepFrontCacheCurrent(url, {
    maxMegabytes: 4,
    onChange(changed) {
      waiting.get(changed)?.();
      waiting.delete(changed);
    },
  });
  editor = await createTestUser('EDITOR');
  const checker = await createTestUser('FACT_CHECKER');
  const { article, claims } = await createArticleWithApprovedClaims({ editorId: editor.id, checkerId: checker.id }, [
    { text: 'Die Brücke tragen jeden Tag 24.000 Fahrzeuge, sagte die Stadt.', rating: 'mostly-true' },
  ]);
  articleId = article.id;
  // A headline of its own: other test files' reports, in other schemas, notify on the same channel.
  const headline = `Brückenzahlen ${randomUUID().slice(0, 8)}`;
  await saveReportDraft({ articleId, headline, summary: 'Eine Aussage geprüft.', language: 'de', claimIds: claims.map((claim) => claim.id) }, editor);
  await publish(null);
  slug = (await db.report.findUniqueOrThrow({ where: { articleId }, select: { slug: true } })).slug;
  server = http.createServer((request, response) => void serveWithFrontCache(renderThroughApp)(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await frontCache.listening;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await frontCache.stop();
});

describe('the front cache of public reports', () => {
  test('serves a published report from memory, byte for byte, and 304 to a reader who has it', async () => {
    const first = await get();
    const second = await get();
    expect([first.status, first.cache, second.status, second.cache]).toEqual([200, 'MISS', 200, 'HIT']);
    expect(second.body).toBe(first.body);
    expect(second.etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await get({ 'if-none-match': second.etag ?? '' });
    expect([revalidated.status, revalidated.cache, revalidated.body]).toEqual([304, 'HIT', '']);
  });

  test('passes signed-in requests by', async () => {
    const signedIn = await get({ cookie: 'NEXT_LOCALE=de; next-auth.session-token=someone' });
    expect([signedIn.status, signedIn.cache]).toEqual([200, null]);
  });

  test('shows a correction on the very next request (published by another instance where the database tells it)', async () => {
    await get();
    await changeReport(() => publish('Die Zahl stammt aus der Zählung von 2025.'));
    const corrected = await get();
    expect([corrected.status, corrected.cache]).toEqual([200, 'MISS']);
    expect(corrected.body).toContain('Die Zahl stammt aus der Zählung von 2025.');
    expect((await get()).cache).toBe('HIT');
  });

  test('answers 410 at once once the report is withdrawn (by another instance where the database tells it), and keeps no 410', async () => {
    await get();
    await changeReport(() => unpublishReport({ articleId, reason: 'Zurückgezogen im Test.' }, editor));
    const gone = await get();
    expect([gone.status, gone.cache]).toEqual([410, 'MISS']);
    expect(gone.body).toContain('Zurückgezogen im Test.');
    expect((await get()).cache).toBe('MISS');
  });
});
