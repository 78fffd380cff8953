/**
 * Which navigation item the current address belongs to: the one whose path and query it
 * matches most closely ("/claims?assignee=me" over "/claims" when the query says so), or none.
 */
export function currentNavItem(hrefs: readonly string[], pathname: string, search: URLSearchParams): string | null {
  let best: { href: string; score: number } | null = null;
  for (const href of hrefs) {
    const [path = '', query = ''] = href.split('?');
    if (pathname !== path && !pathname.startsWith(`${path}/`)) continue;
    const wanted = [...new URLSearchParams(query)];
    if (!wanted.every(([key, value]) => search.get(key) === value)) continue;
    const score = path.length * 10 + wanted.length;
    if (!best || score > best.score) best = { href, score };
  }
  return best?.href ?? null;
}
