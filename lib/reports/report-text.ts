import type { Locale } from '@/lib/i18n/locales';

/** A message of the catalogs' `report` section in the report's language (the server passes next-intl's translator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the human-readable renderings need to speak the report's language. */
export interface ReportText {
  language: Locale;
  t: Translate;
  /** An ISO 8601 timestamp as a date in the report's language: "2. Dezember 2026". */
  date: (iso: string) => string;
}

export function reportText(language: Locale, t: Translate, timeZone?: string): ReportText {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
  return { language, t, date: (iso) => format.format(new Date(iso)) };
}
