import { AppError } from '@/lib/errors/app-error';
import { decodeText, htmlCharset } from '@/lib/intake/decode-text';
import { readArticleHtml, type ArticleDraft } from '@/lib/intake/read-article-html';
import { MAX_ARTICLE_LENGTH } from '@/lib/validations/article';
import { fetchPublicPage, type FetchLimits } from './fetch-public-page';

export type ImportedArticle = ArticleDraft & { url: string };

/** Reads the article on a web page into a draft for the new-article form; nothing is stored. */
export async function importArticleFromUrl(url: string, limits?: FetchLimits): Promise<ImportedArticle> {
  const page = await fetchPublicPage(url, limits);
  const draft = readArticleHtml(decodeText(page.bytes, page.charset ?? htmlCharset(page.bytes)));
  if (!draft.body.trim()) throw new AppError('INVALID', undefined, { url: { key: 'validation.urlNoText' } });
  if (draft.body.length > MAX_ARTICLE_LENGTH) {
    throw new AppError('INVALID', undefined, { url: { key: 'validation.urlTooLong', values: { limit: MAX_ARTICLE_LENGTH } } });
  }
  return { ...draft, url: page.url };
}
