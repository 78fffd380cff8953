import { extractClaims } from '@/lib/claims/extract-claims';
import { LANGUAGE_SAMPLE_LENGTH } from './limits';

/**
 * The language of an article's text as the claim extractor reads it: an ISO 639-1 code, or
 * 'und' when it cannot tell. Asked through the extractor's public interface (its detection
 * is part of what it returns) so that improvements to the extractor apply here too.
 */
export function detectArticleLanguage(text: string): string {
  return extractClaims(text.slice(0, LANGUAGE_SAMPLE_LENGTH)).language;
}
