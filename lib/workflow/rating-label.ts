import type { Locale } from '@/lib/i18n/locales';

/** A rating's name in the given language (the scale is the newsroom's own, so its labels live in the database). */
export function ratingLabel(rating: { labelEn: string; labelDe: string }, locale: Locale | string): string {
  return locale === 'de' ? rating.labelDe : rating.labelEn;
}
