import { KEYED_HEADERS, type HeaderMap } from './front-cache-slot';

const KEYED_VARY = new Set<string>(KEYED_HEADERS);

const directives = (cacheControl: string) =>
  new Map(
    cacheControl
      .toLowerCase()
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', value] = part.split('=');
        return [name.trim(), value?.trim()] as const;
      }),
  );

const text = (value: HeaderMap[string]) => (Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value));

/**
 * How long (ms) the front cache may keep a response, or null when it must not: only a 200 the
 * app marked public for shared caches (s-maxage, else max-age, capped at `maxMs`), that sets no
 * cookie and varies on nothing the slot's key does not tell apart. A 503 during an outage, a 410, a signed-in
 * page: none of them is kept.
 */
export function cacheLifetime(status: number, headers: HeaderMap, maxMs: number): number | null {
  if (status !== 200 || headers['set-cookie'] !== undefined) return null;
  const vary = text(headers.vary).toLowerCase().split(',').map((name) => name.trim()).filter(Boolean);
  if (vary.some((name) => !KEYED_VARY.has(name))) return null;
  const cacheControl = directives(text(headers['cache-control']));
  if (!cacheControl.has('public') || ['private', 'no-store', 'no-cache'].some((name) => cacheControl.has(name))) return null;
  const seconds = Number(cacheControl.get('s-maxage') ?? cacheControl.get('max-age'));
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(seconds * 1000, maxMs);
}
