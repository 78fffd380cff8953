import { ByteLru } from '@/lib/front-cache/byte-lru';
import type { CachedResponse } from './cached-response';

/** Also what serve-with-front-cache records at most. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

interface FrontCacheState {
  entries: ByteLru<CachedResponse>;
  /** Only while the instance hears every publication (LISTEN is up) may it keep and serve answers. */
  listening: boolean;
}

// On globalThis: the server (scripts/serve.ts) and the app's bundles that publish run in one
// process but load this module separately; they must share one cache.
const globalForFrontCache = globalThis as unknown as { factdeskFrontCache?: FrontCacheState };

/** The process's front cache; the first caller's bound (MiB, at least 1: FRONT_CACHE_MAX_MB) holds. */
export function frontCache(maxMegabytes = 32): FrontCacheState {
  globalForFrontCache.factdeskFrontCache ??= {
    entries: new ByteLru({ maxBytes: maxMegabytes * 1024 * 1024, maxEntryBytes: MAX_ENTRY_BYTES }),
    listening: false,
  };
  return globalForFrontCache.factdeskFrontCache;
}

/** Every kept answer of one report goes (its page, versions and exports). A no-op where no front cache runs. */
export function expireFrontCache(slug: string): void {
  globalForFrontCache.factdeskFrontCache?.entries.dropTag(slug);
}
