import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { reportText, type ReportText } from '@/lib/reports/report-text';

const CATALOGS = { de, en };

/** The public pages speak the report's language, whatever the reader's browser or account says. */
export function reportTextFor(language: Locale): ReportText {
  const t = createTranslator({ locale: language, messages: CATALOGS[language], namespace: 'report' });
  return reportText(language, (key, values) => t(key as never, values as never));
}
