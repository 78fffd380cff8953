import { expireFrontCache } from '@/lib/server/front-cache/front-cache';

/** A safety net: every instance hears of a publication at once (listen-for-report-changes). */
const TIME_TO_LIVE_MS = 60_000;
const MAX_ENTRIES = 200;

interface Entry {
  expires: number;
  rendering: Promise<unknown>;
}

// In memory, per process, on globalThis so that every route's bundle shares it. Unlike Next's
// data cache it never outlives the process: not a database reset, not an upgrade of the
// renderer.
const globalForReports = globalThis as unknown as { factdeskReportCache?: Map<string, Entry> };
const entries = (globalForReports.factdeskReportCache ??= new Map());

const keyOf = (slug: string, variant: string) => `${slug}\n${variant}`;

/**
 * The cached rendering of one report address, or `render()`'s, kept for a minute. Concurrent
 * requests share one rendering; a failure (an address that names nothing) is not kept, so
 * unknown addresses cannot fill the cache.
 */
export function cachedRendering<T>(slug: string, variant: string, render: () => Promise<T>): Promise<T> {
  const key = keyOf(slug, variant);
  const hit = entries.get(key);
  // Each address is always rendered by the same function, so its entry holds that function's type.
  if (hit && hit.expires > Date.now()) return hit.rendering as Promise<T>;
  const rendering = render();
  entries.delete(key);
  entries.set(key, { expires: Date.now() + TIME_TO_LIVE_MS, rendering });
  rendering.catch(() => {
    if (entries.get(key)?.rendering === rendering) entries.delete(key);
  });
  // A Map keeps insertion order: the first key is the oldest.
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
  return rendering;
}

/**
 * After publishing or unpublishing (here at once, in other instances when they hear of it:
 * listen-for-report-changes): every address of the report renders afresh, and the production
 * server's front cache lets go of its answers.
 */
export function expireReportCache(slug: string): void {
  const prefix = keyOf(slug, '');
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
  expireFrontCache(slug);
}
