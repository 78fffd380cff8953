/**
 * Speed of the public report: a published 30-claim report served by the production server as
 * `npm start` runs it (scripts/serve.ts: Next.js behind the front cache), its page and its JSON
 * API, each next to a bare Node http server answering the same bytes, measured in the same run
 * with autocannon (20 connections, 20 s each). For scale, the page as a signed-in reader gets it
 * (past the front cache, rendered by Next from the report cache) and the app's cheapest route
 * (/api/health, which does no work and skips proxy.ts): what Next.js itself costs per request.
 * Usage: npm run bench:report   (targets: the page reaches >= 50% of the bare server's req/s, p95 <= 50 ms)
 * Uses DATABASE_URL's server for a throwaway database, else an embedded one (figures come from a server).
 */
import '../scripts/support/load-env';
import http from 'node:http';
import { applyMigrations } from '@/lib/database/migrate';
import { createThrowawayDatabase } from '@/lib/database/throwaway-database';
import { freePort } from '../scripts/support/free-port';
import { runCli } from '../scripts/support/run-cli';
import { CONNECTIONS, measureLoad, type LoadMeasurement } from './support/measure-load';
import { FRONT_CACHE_HEADER } from '@/lib/server/front-cache/serve-with-front-cache';
import { startProductionApp } from './support/production-app';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const CLAIMS = 30;
const TARGET_SHARE = 0.5;
const TARGET_P95_MS = 50;

const measure = (url: string, headers?: Record<string, string>) => measureLoad(url, { durationS: DURATION_S, headers });
/** Any session cookie sends a request past the front cache; the public route never reads it. */
const SIGNED_IN = { cookie: 'next-auth.session-token=bench' };

/** Answers every request with the bytes and content type the app answered: the baseline. */
async function startBareServer(bodies: Record<string, { body: Buffer; contentType: string }>): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const answer = bodies[request.url ?? ''];
    if (!answer) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': answer.contentType, 'Content-Length': answer.body.length }).end(answer.body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function publishBenchReport(): Promise<string> {
  const { createTestUser } = await import('../tests/support/factories');
  const { createArticleWithApprovedClaims } = await import('../tests/support/report-factories');
  const { saveReportDraft } = await import('@/lib/server/reports/save-report-draft');
  const { previewReport } = await import('@/lib/server/reports/preview-report');
  const { publishReport } = await import('@/lib/server/reports/publish-report');
  const editor = await createTestUser('EDITOR');
  const checker = await createTestUser('FACT_CHECKER');
  const ratings = ['true', 'mostly-true', 'missing-context', 'partly-false', 'mostly-false', 'false', 'unproven'];
  const specs = Array.from({ length: CLAIMS }, (_, index) => ({
    text: `Aussage ${index + 1}: Nach Angaben der Stadtverwaltung überqueren jeden Tag rund ${24 + index}.000 Fahrzeuge die Elsterbrücke, darunter etwa 1.800 Lastwagen.`,
    speaker: index % 3 ? 'Karin Vogt' : null,
    rating: ratings[index % ratings.length],
    explanation:
      'Die Verkehrszählung des Landesamts von 2025 nennt 18.400 Fahrzeuge an Werktagen und 11.200 am Wochenende. Die Zahl im Artikel stammt aus einer Zählung von 2019, vor dem Bau der Umgehungsstraße.\n\nDie Stadt hat auf Nachfrage bestätigt, dass die neuere Zählung gilt.',
  }));
  const { article, claims } = await createArticleWithApprovedClaims({ checkerId: checker.id, editorId: editor.id }, specs);
  await saveReportDraft(
    { articleId: article.id, headline: 'Benchmark: dreißig geprüfte Aussagen', summary: 'Ein Bericht mit dreißig Aussagen.', language: 'de', claimIds: claims.map((claim) => claim.id) },
    editor,
  );
  const preview = await previewReport(article.id);
  if (!preview) throw new Error('No draft to publish');
  const { slug } = await publishReport({ articleId: article.id, fingerprint: preview.fingerprint, correctionNote: null }, editor);
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  return slug;
}

/** The app's answer, asked twice: the second must come from the front cache, or the figures would not be about it. */
async function fetchBody(url: string): Promise<{ body: Buffer; contentType: string }> {
  const answers = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    answers.push({ body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'text/plain', cache: response.headers.get(FRONT_CACHE_HEADER) });
  }
  const [first, second] = answers;
  if (!first || second?.cache !== 'HIT' || !second.body.equals(first.body)) throw new Error(`${url} was not served from the front cache (${second?.cache ?? 'no'} ${FRONT_CACHE_HEADER})`);
  return first;
}

const row = (cells: string[]) => console.log(cells.map((cell, index) => (index ? cell.padStart(14) : cell.padEnd(22))).join(''));

async function main(): Promise<number> {
  const database = await createThrowawayDatabase('bench', process.env.DATABASE_URL);
  let app: Awaited<ReturnType<typeof startProductionApp>> | undefined;
  let bare: Awaited<ReturnType<typeof startBareServer>> | undefined;
  try {
    await applyMigrations(database.url, database.kind);
    process.env.DATABASE_URL = database.url;
    const slug = await publishBenchReport();
    // One server process, like the bare server it is compared with.
    app = await startProductionApp(database.url, { WEB_PROCESSES: '1' });
    console.log(`Build ${app.built}; the production server (one process) runs on a ${database.kind} database.`);
    const targets = { page: `/reports/${slug}`, json: `/api/reports/${slug}` };
    const next = app.url;
    const bodies = { [targets.page]: await fetchBody(next + targets.page), [targets.json]: await fetchBody(next + targets.json) };
    bare = await startBareServer(bodies);
    console.log(`Page ${bodies[targets.page]?.body.length} bytes, JSON ${bodies[targets.json]?.body.length} bytes; ${CONNECTIONS} connections, ${DURATION_S} s each.\n`);

    const results: Array<[string, LoadMeasurement]> = [];
    for (const [name, path] of Object.entries(targets)) {
      results.push([`npm start ${name}`, await measure(next + path)]);
      results.push([`bare http ${name}`, await measure(bare.url + path)]);
    }
    results.push(['npm start /api/health', await measure(`${next}/api/health`)]);
    results.push(['page, signed in', await measure(next + targets.page, SIGNED_IN)]);
    row(['target', 'req/s', 'p95 ms', 'errors', 'non-2xx']);
    for (const [name, m] of results) row([name, m.requestsPerSecond.toFixed(0), m.p95.toFixed(1), String(m.errors), String(m.non2xx)]);

    const [pageNext, pageBare, jsonNext, jsonBare, floor, pageRendered] = results.map(([, m]) => m);
    if (!pageNext || !pageBare || !jsonNext || !jsonBare || !floor || !pageRendered) throw new Error('Missing measurements');
    const pageShare = pageNext.requestsPerSecond / pageBare.requestsPerSecond;
    console.log(`\npage: ${(pageShare * 100).toFixed(0)}% of the bare server's req/s (target >= ${TARGET_SHARE * 100}%), p95 ${pageNext.p95.toFixed(1)} ms (target <= ${TARGET_P95_MS} ms)`);
    console.log(`json: ${((jsonNext.requestsPerSecond / jsonBare.requestsPerSecond) * 100).toFixed(0)}% of the bare server's req/s, p95 ${jsonNext.p95.toFixed(1)} ms`);
    console.log(`Next.js's own /api/health reaches ${((floor.requestsPerSecond / pageBare.requestsPerSecond) * 100).toFixed(0)}% of the bare page; the page rendered by Next (signed in) ${((pageRendered.requestsPerSecond / pageBare.requestsPerSecond) * 100).toFixed(0)}%.`);
    console.log(`front cache: the page at ${(pageNext.requestsPerSecond / pageRendered.requestsPerSecond).toFixed(1)}x the req/s of the page rendered by Next.`);
    const met = pageShare >= TARGET_SHARE && pageNext.p95 <= TARGET_P95_MS && pageNext.errors + pageNext.non2xx === 0;
    console.log(met ? 'The page meets its target.' : 'The page misses its target.');
    return met ? 0 : 1;
  } finally {
    bare?.close();
    await app?.stop();
    await database.drop().catch(() => {});
  }
}

runCli(main);
