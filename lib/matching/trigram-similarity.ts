/**
 * The trigrams pg_trgm takes of a text: each run of letters and digits, lower-cased, padded with
 * two spaces before and one after ("  wort "), cut into overlapping three-character pieces.
 */
export function trigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const chars = [' ', ' ', ...m[0], ' '];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return out;
}

/**
 * pg_trgm's `similarity(a, b)` computed in memory: shared trigrams over all distinct trigrams of
 * both. For evaluations without a database; PostgreSQL's value is the one used in production.
 */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigramsOf(a);
  const y = trigramsOf(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}
