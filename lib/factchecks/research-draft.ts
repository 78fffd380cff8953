import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';

type Draft = typeof en.matching.draft;
type DraftKey = keyof Draft;

const DRAFTS: Record<'de' | 'en', Draft> = { de: de.matching.draft, en: en.matching.draft };

/** The draft's language: the claim's own (it is what a report in that language will print), English otherwise. */
function draftLanguage(language: string): 'de' | 'en' {
  return language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * One attribution sentence for a copied verdict or source, in the claim's language, with its
 * placeholders filled. Plain text: the values are data and stay so wherever the text goes.
 */
export function researchDraft(language: string, key: DraftKey, values: Record<string, string>): string {
  return DRAFTS[draftLanguage(language)][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** A date in a draft, written out in the claim's language ("4. November 2026", "November 4, 2026"). */
export function draftDate(language: string, date: Date): string {
  return new Intl.DateTimeFormat(draftLanguage(language) === 'de' ? 'de-DE' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
