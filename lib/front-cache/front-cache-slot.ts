export type HeaderValue = string | string[] | number | undefined;
export type HeaderMap = Readonly<Record<string, HeaderValue>>;

export interface FrontCacheRequest {
  method?: string;
  /** The request target as sent: path and query. */
  url?: string;
  /** Lower-case names, as Node gives them. */
  headers: HeaderMap;
}

/** Where a request's answer is kept: its key, and the tag (a report's slug) that drops it. */
export interface FrontCacheSlot {
  key: string;
  tag: string;
}

// next-auth's session cookie, with or without the __Secure- prefix, whole or in chunks (.0, .1, …).
const SESSION_COOKIE = /(^|[\s;])(__Secure-|__Host-)?next-auth\.session-token(\.\d+)?=/;

/**
 * The request headers an answer may vary on that the key tells apart: its compression, and
 * the App Router's navigation headers, which Next names in Vary on every app response (a
 * route handler's answer does not change with them, but they are keyed rather than assumed).
 */
export const KEYED_HEADERS = ['accept-encoding', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'] as const;

const single = (value: HeaderValue) => (Array.isArray(value) ? value.join(', ') : value === undefined ? undefined : String(value));

/**
 * The slot for a request the front cache may answer, or null to pass it straight on.
 * `tagOf` names the cached addresses (a report's slug for its page and exports).
 *
 * The key is the path with its query and the KEYED_HEADERS, of which readers' browsers send
 * only Accept-Encoding: the one thing the same address answers differently is its
 * compression. A published report speaks its own
 * language whatever the reader's settings, so neither the language cookie nor Accept-Language
 * is part of the key; the answers that do follow them (the error pages) are never 200 and never
 * kept. A response that names anything else in Vary is not kept either (see cacheLifetime).
 * Signed-in requests are passed on: whatever a signed-in reader is shown stays theirs.
 */
export function frontCacheSlot(request: FrontCacheRequest, tagOf: (pathname: string) => string | null): FrontCacheSlot | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (!request.url?.startsWith('/')) return null;
  if (request.headers.authorization !== undefined) return null;
  const cookie = single(request.headers.cookie);
  if (cookie && SESSION_COOKIE.test(cookie)) return null;
  const queryAt = request.url.indexOf('?');
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const tag = tagOf(pathname);
  if (tag === null) return null;
  const varying = KEYED_HEADERS.map((name) => (single(request.headers[name]) ?? '').toLowerCase().replace(/\s+/g, ''));
  return { key: [request.url, ...varying].join('\n'), tag };
}
