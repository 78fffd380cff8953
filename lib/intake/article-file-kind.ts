import { ARTICLE_FILE_TYPES, type ArticleFileKind } from './limits';

/** What a file holds, judged by its name's extension; null for a type Factdesk does not read. */
export function articleFileKind(name: string): ArticleFileKind | null {
  const extension = name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
  return Object.hasOwn(ARTICLE_FILE_TYPES, extension) ? ARTICLE_FILE_TYPES[extension as keyof typeof ARTICLE_FILE_TYPES] : null;
}
