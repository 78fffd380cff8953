import type { ClaimFilter } from '@/lib/validations/claim';

type Query = Partial<Omit<ClaimFilter, 'status'>> & { status?: readonly string[] };

const DEFAULTS: Record<string, string> = { sort: 'updated', dir: 'desc', page: '1' };

/** The claims page's address for a filter: only what differs from the defaults, so links stay short. */
export function claimsHref(base: string, filter: Query, changes: Query = {}): string {
  const merged: Query = { ...filter, page: 1, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    const text = Array.isArray(value) ? value.join(',') : value === true ? '1' : value === false || value == null ? '' : String(value);
    if (text && DEFAULTS[key] !== text) params.set(key, text);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
