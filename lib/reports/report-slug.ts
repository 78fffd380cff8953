const MAX_SLUG_LENGTH = 80;
const FALLBACK_SLUG = 'report';
/** Paths beside the reports' own under /api/reports. */
export const RESERVED_SLUGS = new Set(['schema']);

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };

/** A readable address segment from the headline: lower-case ASCII words joined by hyphens. */
export function slugify(headline: string): string {
  const words = headline
    .replace(/[äöüßÄÖÜẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  return slug || FALLBACK_SLUG;
}

/** The headline's slug, with -2, -3, … when another report has it already. */
export function uniqueSlug(headline: string, isTaken: (slug: string) => boolean): string {
  const base = slugify(headline);
  const free = (slug: string) => !RESERVED_SLUGS.has(slug) && !isTaken(slug);
  if (free(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (free(candidate)) return candidate;
  }
}
