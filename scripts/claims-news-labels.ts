/**
 * The labelled news sentences in data/claims/news/: pointers into ../shared/corpora/news-de|en/
 * (file name and a sentence's opening words), never the texts. Aligning them to the texts gives
 * each sentence its offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath, projectRoot } from './claims-corpora';

export type Split = 'train' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['test', 'dev', 'train'];

/** A number a fact-checker would check, as the guideline normalizes it; `max` ends a range. */
export interface GoldQuantity {
  value: number;
  max?: number;
}

export interface SentenceLabel {
  /** The sentence's first characters (60 at most), exactly as in the text. */
  opening: string;
  checkWorthy: boolean;
  /** In doubt: labelled not check-worthy, and measured with and without. */
  borderline: boolean;
  quantities: GoldQuantity[];
}

export interface ArticleLabels {
  file: string;
  sentences: SentenceLabel[];
}

export interface LabelFile {
  language: 'de' | 'en';
  split: Split;
  about: string;
  articles: ArticleLabels[];
}

export interface NewsSentence extends SentenceLabel {
  start: number;
  end: number;
  /** Position in the article, 0 for the headline. */
  index: number;
}

export interface NewsArticle {
  file: string;
  text: string;
  sentences: NewsSentence[];
}

export const OPENING_LENGTH = 60;

export function labelPath(language: string, split: Split): string {
  return join(projectRoot, 'data', 'claims', 'news', `${language}-${split}.json`);
}

export function loadLabels(language: 'de' | 'en', split: Split): LabelFile {
  return JSON.parse(readFileSync(labelPath(language, split), 'utf8')) as LabelFile;
}

/** Finds each labelled sentence in the article by its opening, in order; a sentence ends where the next begins. */
export function alignArticle(text: string, article: ArticleLabels): NewsSentence[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const s of article.sentences) {
    const at = text.indexOf(s.opening, cursor);
    if (at < 0) throw new Error(`${article.file}: no sentence opening with ${JSON.stringify(s.opening)} after offset ${cursor}`);
    starts.push(at);
    cursor = at + s.opening.length;
  }
  return article.sentences.map((s, i) => {
    const start = starts[i] ?? 0;
    let end = starts[i + 1] ?? text.length;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    return { ...s, start, end, index: i };
  });
}

/** The labelled articles of one language and split, with their texts read from the corpus. */
export function loadNewsArticles(language: 'de' | 'en', split: Split): NewsArticle[] {
  return loadLabels(language, split).articles.map((a) => {
    const text = readFileSync(corpusPath(`news-${language}`, a.file), 'utf8');
    return { file: a.file, text, sentences: alignArticle(text, a) };
  });
}
