/**
 * The labelling helper behind data/claims/news/. `pick` chooses the articles to label (fixed seed)
 * and their split; `show` prints an article's sentences numbered, for reading; `import` turns a
 * labeller's sheet (one line per sentence: `1`, `0` or `b` for borderline, then the quantities'
 * values, `20~30` for a range, `2/3` for a fraction) into the pointer file, adding each sentence's opening words.
 * Usage: npm run claims:label -- pick | pick-more <de|en> <n> | show <de|en> <file> | import <de|en> <split> <sheet>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../lib/claims/text/split-sentences';
import { corpusPath } from './claims-corpora';
import { labelPath, loadLabels, OPENING_LENGTH, SPLITS, type ArticleLabels, type GoldQuantity, type LabelFile, type Split } from './claims-news-labels';

/** Articles longer than this many sentences are passed over, so that 60 articles make about 1,000 sentences. */
const MAX_SENTENCES = 28;
const MIN_SENTENCES = 3;
const TARGET_ARTICLES = 60;
const TARGET_SENTENCES = 1000;
/** Of every six articles picked: two to test, one to dev, three to train. */
const SPLIT_CYCLE: readonly Split[] = ['test', 'train', 'dev', 'test', 'train', 'train'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentencesOf(language: string, file: string): string[] {
  const text = readFileSync(corpusPath(`news-${language}`, file), 'utf8');
  return splitSentences(text, language).map((s) => text.slice(s.start, s.end));
}

/** The corpus files of a language in the fixed-seed order in which articles are picked, with their sentence counts. */
function eligible(language: 'de' | 'en'): Array<{ file: string; sentences: number }> {
  const files = readdirSync(corpusPath(`news-${language}`)).filter((f) => f.endsWith('.txt')).sort();
  const random = rng(language === 'de' ? 8001 : 8002);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j] as string, files[i] as string];
  }
  return files.map((file) => ({ file, sentences: sentencesOf(language, file).length })).filter((f) => f.sentences <= MAX_SENTENCES && f.sentences >= MIN_SENTENCES);
}

function pick(language: 'de' | 'en'): Array<{ file: string; split: Split; sentences: number }> {
  const picked: Array<{ file: string; split: Split; sentences: number }> = [];
  let total = 0;
  for (const { file, sentences } of eligible(language)) {
    if (picked.length >= TARGET_ARTICLES && total >= TARGET_SENTENCES) break;
    picked.push({ file, split: SPLIT_CYCLE[picked.length % SPLIT_CYCLE.length] as Split, sentences });
    total += sentences;
  }
  return picked;
}

function opening(sentence: string): string {
  const line = sentence.split('\n')[0] ?? '';
  let cut = Math.min(line.length, OPENING_LENGTH);
  // Never split a surrogate pair.
  if (cut < line.length && /[\ud800-\udbff]/.test(line[cut - 1] ?? '')) cut--;
  return line.slice(0, cut);
}

/** "20~30" is a range; "2/3" a fraction, kept exact as the guideline's share of one. */
function numberOf(s: string | undefined): number {
  const [a, b] = (s ?? '').split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
}

function parseQuantity(token: string): GoldQuantity {
  const [low, high] = token.split('~');
  const value = numberOf(low);
  if (!Number.isFinite(value)) throw new Error(`not a number: ${token}`);
  if (high === undefined) return { value };
  const max = numberOf(high);
  if (!Number.isFinite(max) || max < value) throw new Error(`not a range: ${token}`);
  return { value, max };
}

/** A sheet: `# file` opens an article, then one line per sentence (`1 69`, `0`, `b`); `//` starts a note. */
function importSheet(language: 'de' | 'en', split: Split, sheet: string): LabelFile {
  const articles: ArticleLabels[] = [];
  let current: { file: string; lines: string[] } | null = null;
  const finish = (): void => {
    if (!current) return;
    const sentences = sentencesOf(language, current.file);
    if (sentences.length !== current.lines.length) throw new Error(`${current.file}: ${sentences.length} sentences but ${current.lines.length} labels`);
    articles.push({
      file: current.file,
      sentences: sentences.map((s, i) => {
        const [mark, ...values] = (current!.lines[i] ?? '').split(/\s+/);
        if (mark !== '1' && mark !== '0' && mark !== 'b') throw new Error(`${current!.file} sentence ${i + 1}: label ${mark}`);
        return { opening: opening(s), checkWorthy: mark === '1', borderline: mark === 'b', quantities: values.filter(Boolean).map(parseQuantity) };
      }),
    });
  };
  for (const raw of readFileSync(sheet, 'utf8').split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      finish();
      current = { file: line.slice(1).trim(), lines: [] };
    } else if (current) current.lines.push(line);
  }
  finish();
  return {
    language,
    split,
    about: 'Sentences of ../shared/corpora/news-' + language + '/ labelled by the guideline in its README: pointers (file, opening words), never the texts.',
    articles,
  };
}

/** One line per sentence, so that a change of label reads as a one-line diff. */
function serialize(file: LabelFile): string {
  const articles = file.articles.map((a) => `  {"file": ${JSON.stringify(a.file)}, "sentences": [\n${a.sentences.map((s) => `    ${JSON.stringify(s)}`).join(',\n')}\n  ]}`);
  return `{"language": "${file.language}", "split": "${file.split}", "about": ${JSON.stringify(file.about)},\n "articles": [\n${articles.join(',\n')}\n]}\n`;
}

function main(argv: string[]): number {
  const [command, language, a, b] = argv;
  if (command === 'pick') {
    for (const lang of ['de', 'en'] as const) {
      const picked = pick(lang);
      for (const split of SPLITS) {
        const own = picked.filter((p) => p.split === split);
        console.log(`${lang} ${split}: ${own.length} articles, ${own.reduce((n, p) => n + p.sentences, 0)} sentences`);
        console.log(own.map((p) => p.file).join(' '));
      }
    }
    return 0;
  }
  // More training articles, the next ones in the same order that are neither in the first pick nor labelled since.
  if (command === 'pick-more' && (language === 'de' || language === 'en') && a) {
    const taken = new Set([...pick(language).map((p) => p.file), ...SPLITS.flatMap((split) => loadLabels(language, split).articles.map((x) => x.file))]);
    console.log(eligible(language).filter((f) => !taken.has(f.file)).slice(0, Number(a)).map((f) => f.file).join(' '));
    return 0;
  }
  if (command === 'show' && (language === 'de' || language === 'en') && a) {
    sentencesOf(language, a).forEach((s, i) => console.log(`${i + 1}| ${s.replace(/\s+/g, ' ')}`));
    return 0;
  }
  if (command === 'import' && (language === 'de' || language === 'en') && SPLITS.includes(a as Split) && b) {
    const file = importSheet(language, a as Split, b);
    writeFileSync(labelPath(language, a as Split), serialize(file));
    console.log(`${file.articles.length} articles, ${file.articles.reduce((n, x) => n + x.sentences.length, 0)} sentences`);
    return 0;
  }
  console.error('usage: claims-label pick | pick-more <de|en> <n> | show <de|en> <file> | import <de|en> <test|dev|train> <sheet>');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
