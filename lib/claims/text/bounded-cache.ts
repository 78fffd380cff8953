/** Past this many entries a cache starts over, so that memory stays bounded on any input. */
const LIMIT = 50000;

/**
 * Looks `key` up in `cache`, computing and remembering it on a miss. Per-word lookups (is this a
 * title, a number word…) repeat constantly in news text, and a map hit is cheaper than the check.
 */
export function remember<A, V>(cache: Map<string, V>, key: string, compute: (key: string, arg: A) => V, arg: A): V {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const value = compute(key, arg);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
