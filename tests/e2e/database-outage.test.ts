import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { FRONT_CACHE_HEADER } from '@/lib/server/front-cache/serve-with-front-cache';
import { freePort } from '@/scripts/support/free-port';
import { startNextServer, type NextServer } from '@/scripts/support/next-server';
import { webProcessesOn } from '@/scripts/support/web-processes-on';
import { startEmbeddedDatabaseProcess } from '../support/embedded-database-process';

// A second instance of the built app whose database is not there yet.
let app: NextServer;
let databasePort: number;
let database: ChildProcess | undefined;

beforeAll(async () => {
  databasePort = await freePort();
  const port = await freePort();
  app = await startNextServer({
    mode: 'start',
    port,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      FACTDESK_DIST_DIR: '.next-test',
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${databasePort}/postgres?sslmode=disable`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...webProcessesOn('embedded'),
    },
  });
});

afterAll(async () => {
  await app?.stop();
  database?.kill('SIGTERM');
});

describe('when the database is down', () => {
  test('pages answer 503 with a friendly page and no technical detail', async () => {
    const response = await fetch(`${app.url}/articles`, { headers: { 'accept-language': 'de-DE' } });
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('Factdesk ist nicht erreichbar');
    // SQL in capitals: the page carries the catalogs, whose words include "select".
    expect(html).not.toMatch(/ECONNREFUSED|at \w+ \(|prisma/i);
    expect(html).not.toMatch(/\bSELECT\b|\bFROM "/);
  });

  test('APIs answer 503 JSON', async () => {
    const response = await fetch(`${app.url}/api/claims`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: 'UNAVAILABLE', message: 'Factdesk cannot reach its database right now. Try again in a moment.' },
    });
  });

  test('a public report answers 503 itself, in the visitor’s words and without technical detail', async () => {
    const page = await fetch(`${app.url}/reports/any-report`, { headers: { 'accept-language': 'de-DE' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).not.toMatch(/ECONNREFUSED|at \w+ \(|prisma/i);
    const api = await fetch(`${app.url}/api/reports/any-report`);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });

  test('the front cache stands aside while it cannot hear of publications, and keeps no 503', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const page = await fetch(`${app.url}/reports/any-report`);
      expect([page.status, page.headers.get(FRONT_CACHE_HEADER)]).toEqual([503, null]);
      await page.arrayBuffer();
    }
  });

  test('the app recovers by itself once the database is back', async () => {
    database = await startEmbeddedDatabaseProcess(databasePort);
    const response = await fetch(`${app.url}/sign-in`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sign in to Factdesk');
  });
});
