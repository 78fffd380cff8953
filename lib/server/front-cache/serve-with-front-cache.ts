import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { cacheLifetime } from '@/lib/front-cache/cache-lifetime';
import { frontCacheSlot, type FrontCacheSlot } from '@/lib/front-cache/front-cache-slot';
import { matchesIfNoneMatch } from '@/lib/front-cache/if-none-match';
import { publicReportSlug } from '@/lib/reports/public-report-address';
import type { CachedResponse } from './cached-response';
import { frontCache, MAX_ENTRY_BYTES } from './front-cache';

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Longest an answer is kept even if the app allowed more: a safety net behind LISTEN/NOTIFY. */
const MAX_LIFETIME_MS = 5 * 60_000;
/** HIT or MISS on every address the front cache may answer, as CDNs say it. */
export const FRONT_CACHE_HEADER = 'x-factdesk-cache';
/** Headers that belong to one connection or that the cache writes itself. */
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', FRONT_CACHE_HEADER]);

function answerFromCache(request: IncomingMessage, response: ServerResponse, cached: CachedResponse) {
  const headers: OutgoingHttpHeaders = { ...cached.headers, [FRONT_CACHE_HEADER]: 'HIT' };
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return void response.writeHead(304, headers).end();
  headers['content-length'] = cached.body.length;
  response.writeHead(cached.status, headers);
  response.end(request.method === 'HEAD' ? undefined : cached.body);
}

const chunkBytes = (chunk: unknown, encoding: unknown): Buffer | null => {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
};

/**
 * Records what Next sends for `slot` (headers at writeHead, every byte written, the
 * compressed ones when Next compresses) and keeps it once the response has finished, if
 * cacheLifetime allows. Nothing Next sends is changed.
 */
function recordResponse(response: ServerResponse, slot: FrontCacheSlot) {
  const { entries } = frontCache();
  const generation = entries.generation;
  const chunks: Buffer[] = [];
  let length = 0;
  let keepable = true;
  const take = (chunk: unknown, encoding: unknown) => {
    if (!keepable || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes = chunkBytes(chunk, encoding);
    if (!bytes) return void (keepable = false);
    length += bytes.length;
    if (length > MAX_ENTRY_BYTES) keepable = false;
    else chunks.push(bytes);
  };

  const writeHead = response.writeHead;
  // Headers given to writeHead are not in getHeaders(); set them first so that they are.
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = reason === undefined ? rest[0] : rest[1];
    if (Array.isArray(headers)) {
      keepable = false;
      return writeHead.apply(this, [status, ...rest] as Parameters<ServerResponse['writeHead']>);
    }
    if (headers && typeof headers === 'object') {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string | string[] | number);
    }
    return writeHead.apply(this, (reason === undefined ? [status] : [status, reason]) as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
  const write = response.write;
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding as BufferEncoding, callback as () => void);
  } as ServerResponse['write'];
  const end = response.end;
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    take(chunk, encoding);
    return end.call(this, chunk, encoding as BufferEncoding, callback as () => void);
  } as ServerResponse['end'];

  response.once('finish', () => {
    try {
      const sent = response.getHeaders();
      const lifetime = keepable ? cacheLifetime(response.statusCode, sent, MAX_LIFETIME_MS) : null;
      if (lifetime === null) return;
      const body = Buffer.concat(chunks, length);
      const headers: CachedResponse['headers'] = {};
      for (const [name, value] of Object.entries(sent)) {
        if (value !== undefined && !NOT_STORED.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
      }
      const etag = typeof headers.etag === 'string' ? headers.etag : `"${createHash('sha1').update(body).digest('base64url')}"`;
      headers.etag = etag;
      const size = body.length + JSON.stringify(headers).length + slot.key.length;
      entries.set(slot.key, { value: { status: response.statusCode, headers, body, etag }, size, tag: slot.tag, expiresAt: Date.now() + lifetime }, generation);
    } catch (error) {
      console.error('The front cache could not keep an answer:', error);
    }
  });
}

/**
 * What a CDN would do, in the app's own server: GET and HEAD of the public report addresses
 * are answered from memory when an earlier identical request left a cacheable answer (304
 * when the reader has it already), and otherwise go to Next, whose answer is recorded on the
 * way out. Everything else, and everything while the instance cannot hear of publications,
 * goes straight to Next.
 */
export function serveWithFrontCache(handle: RequestHandler): RequestHandler {
  return async (request, response) => {
    const cache = frontCache();
    const slot = cache.listening ? frontCacheSlot(request, publicReportSlug) : null;
    if (!slot) return handle(request, response);
    const cached = cache.entries.get(slot.key, Date.now());
    if (cached) return answerFromCache(request, response, cached);
    response.setHeader(FRONT_CACHE_HEADER, 'MISS');
    if (request.method === 'GET') recordResponse(response, slot);
    return handle(request, response);
  };
}
