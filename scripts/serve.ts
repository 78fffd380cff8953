/**
 * The production server `npm start` runs (through scripts/support/next-server.ts): Next.js's
 * request handler in a plain Node http server, behind the front cache of public report
 * answers, which hears every publication through PostgreSQL LISTEN/NOTIFY; WEB_PROCESSES of
 * them (one per core by default, at most 4) on one port, since one Node process renders on one core.
 * Reads PORT (default 3000), DATABASE_URL and the app's configuration; FACTDESK_DIST_DIR is
 * read by next.config.js.
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import { env } from '@/lib/config/env';
import { keepFrontCacheCurrent } from '@/lib/server/front-cache/keep-front-cache-current';
import { serveWithFrontCache } from '@/lib/server/front-cache/serve-with-front-cache';
import { SIGNAL_EXIT_CODES, superviseWebProcesses } from './support/supervise-web-processes';

const DEFAULT_PORT = 3000;
/** Each process holds up to 11 database connections (its pool and its listener): the default stays well inside PostgreSQL's 100. */
const MAX_DEFAULT_PROCESSES = 4;

async function serve() {
  // A signal during start-up has nothing to finish: stop at once (Next.js may listen for signals of its own by then).
  let stop = async (signal: keyof typeof SIGNAL_EXIT_CODES): Promise<void> => process.exit(SIGNAL_EXIT_CODES[signal]);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const config = env();
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const listener = keepFrontCacheCurrent(config.DATABASE_URL, { maxMegabytes: config.FRONT_CACHE_MAX_MB });
  const serve = serveWithFrontCache(handle);
  const server = http.createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error(`Failed to handle request for ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const upgrade = app.getUpgradeHandler();
  server.on('upgrade', (request, socket, head) => {
    upgrade(request, socket, head).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  if (cluster.isPrimary) console.log(`Ready on http://localhost:${port}`);

  let stopping = false;
  stop = async (signal) => {
    // A shell's Ctrl-C reaches this process and its parent both: one stop.
    if (stopping) return;
    stopping = true;
    // Finish the requests under way (idle keep-alive connections close at once), then let go of the rest.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all([listener.stop(), app.close().catch((error: unknown) => console.error(error))]);
    process.exit(SIGNAL_EXIT_CODES[signal]);
  };
}

async function main() {
  // React and Next.js pick their production builds from this, before they are loaded.
  Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' });
  const processes = env().WEB_PROCESSES ?? Math.min(os.availableParallelism(), MAX_DEFAULT_PROCESSES);
  if (cluster.isPrimary && processes > 1) return superviseWebProcesses(processes);
  await serve();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
