import { extractClaims } from '@/lib/claims/extract-claims';

/** Enough text to tell German from English reliably, little enough to answer while the person types. */
export const LANGUAGE_SAMPLE_LENGTH = 4000;

/**
 * The language of an article's text as the claim extractor reads it: an ISO 639-1 code, or
 * 'und' when it cannot tell. Asked through the extractor's public interface (its detection
 * is part of what it returns) so that improvements to the extractor apply here too.
 */
export function detectArticleLanguage(text: string): string {
  return extractClaims(text.slice(0, LANGUAGE_SAMPLE_LENGTH)).language;
}
