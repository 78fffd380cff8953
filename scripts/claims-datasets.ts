/**
 * The data the claim model is trained and measured on, read from ../shared/corpora: the labelled
 * news splits (data/claims/news/), GermEval 2021 comments and CheckThat! 2024 debate sentences,
 * each turned into the model's sentence vectors by the extractor's own reading.
 */
import { readFileSync } from 'node:fs';
import { SparseVector } from '../lib/claims/model/sparse-vector';
import { sentenceVector } from '../lib/claims/model/sentence-vector';
import type { Example } from '../lib/claims/model/train-model';
import { readSentences } from '../lib/claims/read-sentences';
import { corpusPath } from './claims-corpora';
import type { NewsArticle } from './claims-news-labels';

/** A labelled item of a public set: a comment or a debate sentence. */
export interface LabelledText {
  text: string;
  label: 0 | 1;
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function table(file: string, separator: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(corpusPath('checkworthy', file), 'utf8'), separator);
  if (!header) throw new Error(`${file} is empty`);
  return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function germeval(): LabelledText[] {
  return table('germeval2021-train.csv', ',').map((r) => ({ text: r.comment_text ?? '', label: r.Sub3_FactClaiming === '1' ? 1 : 0 }));
}

export function checkThat(split: 'train' | 'dev'): LabelledText[] {
  return table(`ct24-english-${split}.tsv`, '\t').map((r) => ({ text: r.Text ?? '', label: r.class_label === 'Yes' ? 1 : 0 }));
}

const vector = new SparseVector();

/**
 * Examples of a public set. Its labels belong to whole items, which the extractor may split into
 * several sentences: each sentence takes the item's label, and the item's weight is shared among them.
 * `apart`: the items teach only a post's own copies of the features (items that do not read as
 * posts are left out), so that the article weights learn from news alone; else they teach only
 * the article weights.
 */
export function textExamples(items: readonly LabelledText[], language: string, dim: number, weight: number, apart = false): Example[] {
  const examples: Example[] = [];
  for (const item of items) {
    const own: Example[] = [];
    readSentences(item.text, language, ({ context }) => {
      if (apart && !context.post) return;
      const article = sentenceVector(context, dim, vector);
      // Sharing the article weights, an item is read as an article: a post's copies stay untaught.
      if (!apart) vector.length = article;
      own.push({ ...vector.copy(), label: item.label, weight, ...(apart ? { readOnly: article } : {}) });
    });
    for (const e of own) e.weight = weight / own.length;
    examples.push(...own);
  }
  return examples;
}

/** The extractor's sentences of an article, each with the labelled sentence it overlaps most. */
export function alignedSentences(article: NewsArticle, language: string, dim: number): Array<{ gold: number; vector: { slots: Int32Array; values: Float32Array }; start: number; end: number }> {
  const out: Array<{ gold: number; vector: { slots: Int32Array; values: Float32Array }; start: number; end: number }> = [];
  readSentences(article.text, language, ({ span, context }) => {
    let gold = -1;
    let most = 0;
    article.sentences.forEach((s, i) => {
      const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
      if (overlap > most) {
        most = overlap;
        gold = i;
      }
    });
    if (gold < 0) return;
    sentenceVector(context, dim, vector);
    out.push({ gold, vector: vector.copy(), start: span.start, end: span.end });
  });
  return out;
}
