import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The paths asked for, in order: a refused import must not have reached the server at all. */
  requests: string[];
  close(): Promise<void>;
}

const ARTICLE = fs.readFileSync(path.join(__dirname, '../fixtures/intake/article-de.html'));
const HOLD_MS = 60_000;

type Route = (request: http.IncomingMessage, response: http.ServerResponse, query: URLSearchParams) => void;

const html = (response: http.ServerResponse, body: Buffer | string, headers: http.OutgoingHttpHeaders = {}) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
};

/** The web pages URL-import tests fetch: an article, and every way a page can go wrong. */
const ROUTES: Record<string, Route> = {
  '/article.html': (_request, response) => html(response, ARTICLE),
  '/article-gzip.html': (_request, response) => html(response, zlib.gzipSync(ARTICLE), { 'content-encoding': 'gzip' }),
  '/latin1.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(Buffer.from('<html><head><meta charset="iso-8859-1"><title>Gr\xfc\xdfe</title></head><body><p>Sch\xf6ne Gr\xfc\xdfe aus Falkenau.</p></body></html>', 'latin1'));
  },
  '/blank.html': (_request, response) => html(response, '<html><body><script>1</script></body></html>'),
  '/data.json': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"title":"not a page"}');
  },
  '/report.pdf': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.7');
  },
  '/missing.html': (_request, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<p>Not found</p>');
  },
  /** Says how big it is: refused before reading. */
  '/huge-declared.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) });
    response.write('<p>');
  },
  /** Does not say: refused once too much has arrived. */
  '/huge-streamed.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump);
    };
    pump();
  },
  /** A small compressed answer that unpacks to far too much. */
  '/gzip-bomb.html': (_request, response) => html(response, zlib.gzipSync(Buffer.alloc(20_000_000, 'a')), { 'content-encoding': 'gzip' }),
  /** Answers nothing for a minute. */
  '/slow.html': (_request, response) => {
    setTimeout(() => html(response, ARTICLE), HOLD_MS).unref();
  },
  /** Sends its headers, then trickles. */
  '/slow-body.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<p>');
    const timer = setInterval(() => response.write('a'), 200);
    response.once('close', () => clearInterval(timer));
  },
  '/redirect': (_request, response, query) => {
    response.writeHead(Number(query.get('status') ?? 302), { location: query.get('to') ?? '/article.html' });
    response.end();
  },
  '/redirect-loop': (_request, response) => {
    response.writeHead(302, { location: '/redirect-loop' });
    response.end();
  },
};

/** Serves ROUTES on 127.0.0.1 at a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    requests.push(url.pathname);
    const route = ROUTES[url.pathname];
    if (route) return route(request, response, url.searchParams);
    response.writeHead(404);
    response.end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
