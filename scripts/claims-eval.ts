/**
 * Measures the claim extractor, per language, next to two trivial baselines computed by the same
 * code (every sentence is a claim; every sentence with a digit is): the labelled news test split
 * (with and without the borderline sentences), the dev split, the old hand-written fixtures,
 * GermEval 2021 train by 5-fold cross-validation and CheckThat! 2024 English dev; then the
 * user's sample article. Needs ../shared/corpora (and ../shared/samples for the last check).
 * Usage: npm run claims:eval [-- --verbose] [-- --without-test]
 *   --without-test leaves out the test split (tuning runs use claims:tune, which never reads it).
 * Informative: it ends with a one-line summary and exits 0 whenever it ran, whatever the figures;
 * 2 when it could not run (no corpora, a label that no longer points into its text…).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, extractClaims } from '../lib/claims/extract-claims';
import { detection, macroF1, type Scored } from '../lib/claims/model/train-model';
import type { Claim, ExtractionResult, ExtractOptions } from '../lib/claims/types';
import { loadClaimFixtures } from '../tests/fixtures/claims/claim-fixtures';
import { loadSentenceSet } from '../tests/fixtures/claims/sentence-sets';
import { samplesDir } from './claims-corpora';
import { checkThat, germeval, type LabelledText } from './claims-datasets';
import { loadNewsArticles, type GoldQuantity, type NewsArticle, type Split } from './claims-news-labels';
import { GERMEVAL_FOLDS, germevalCrossValidation, RECIPE } from './claims-recipe';

type Extract = (text: string, options?: ExtractOptions) => ExtractionResult;
const verbose = process.argv.includes('--verbose');
const withoutTest = process.argv.includes('--without-test');
const LANGUAGES = ['de', 'en'] as const;

/** Decides for each gold sentence whether it was found: the extractor, or a baseline. */
interface Predictor {
  name: string;
  /** Claims of a text; baselines make one per sentence they mark. */
  claims(text: string, language: string, sentences: ReadonlyArray<{ start: number; end: number }>): Claim[] | null;
}

const extractor: Predictor = { name: 'extractor', claims: (text, language) => extractClaims(text, { language }).claims };
function baseline(name: string, marks: (sentence: string) => boolean): Predictor {
  return {
    name,
    claims: (text, _language, sentences) =>
      sentences.filter((s) => marks(text.slice(s.start, s.end))).map((s) => ({ start: s.start, end: s.end }) as Claim),
  };
}
const BASELINES = [baseline('every sentence', () => true), baseline('has a digit', (s) => /\d/.test(s))];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/** A gold quantity is normalized right when a claim overlapping its sentence holds its value (as a number or a range's end). */
function quantityFound(q: GoldQuantity, claims: readonly Claim[]): boolean {
  return claims.some((c) => (c.quantities ?? []).some((p) => (sameValue(p.value, q.value) && (q.max === undefined || (p.max !== undefined && sameValue(p.max, q.max)))) || (q.max === undefined && p.max !== undefined && sameValue(p.max, q.value))));
}

interface NewsTally {
  scored: Scored[];
  quantities: number;
  quantitiesRight: number;
}

function newsTally(articles: readonly NewsArticle[], language: string, predictor: Predictor, withBorderline: boolean): NewsTally {
  const t: NewsTally = { scored: [], quantities: 0, quantitiesRight: 0 };
  for (const a of articles) {
    const claims = predictor.claims(a.text, language, a.sentences) ?? [];
    for (const s of a.sentences) {
      if (s.borderline && !withBorderline) continue;
      const own = claims.filter((c) => overlaps(c, s));
      t.scored.push({ score: own.length > 0 ? 1 : 0, label: s.checkWorthy ? 1 : 0 });
      if (verbose && predictor === extractor && (own.length > 0) !== s.checkWorthy) console.log(`  ${s.checkWorthy ? 'FN' : 'FP'} ${a.file} ${s.opening}`);
      if (!s.checkWorthy) continue;
      for (const q of s.quantities) {
        t.quantities++;
        if (quantityFound(q, own)) t.quantitiesRight++;
        else if (verbose && predictor === extractor) console.log(`  QTY ${a.file} ${s.opening}: ${q.value}${q.max !== undefined ? `~${q.max}` : ''} not in [${own.flatMap((c) => c.quantities.map((x) => x.value)).join(', ')}]`);
      }
    }
  }
  return t;
}

function cells(scored: readonly Scored[]): string {
  const d = detection(scored, 0.5);
  return `${String(scored.length).padStart(6)} ${String(d.tp + d.fn).padStart(6)} ${d.precision.toFixed(2).padStart(6)} ${d.recall.toFixed(2).padStart(6)} ${d.f1.toFixed(2).padStart(6)}`;
}

const HEADER = `${'set'.padEnd(34)}${'predictor'.padEnd(16)}${'n'.padStart(6)} ${'worthy'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`;

/** The headline figures, for the closing line. */
const summary: string[] = [];

function newsSection(split: Split): void {
  for (const language of LANGUAGES) {
    const articles = loadNewsArticles(language, split);
    for (const withBorderline of [true, false]) {
      const name = `news ${language} ${split}${withBorderline ? '' : ' w/o borderline'}`;
      for (const p of [extractor, ...BASELINES]) {
        const t = newsTally(articles, language, p, withBorderline);
        if (p === extractor && withBorderline && split === 'test') {
          const d = detection(t.scored, 0.5);
          summary.push(`${language} test F1 ${d.f1.toFixed(2)} (P ${d.precision.toFixed(2)}, R ${d.recall.toFixed(2)}, qty ${(t.quantitiesRight / Math.max(1, t.quantities)).toFixed(2)})`);
        }
        const qty = p === extractor ? `   qty ${t.quantitiesRight}/${t.quantities} = ${(t.quantitiesRight / Math.max(1, t.quantities)).toFixed(3)}` : '';
        console.log(`${name.padEnd(34)}${p.name.padEnd(16)}${cells(t.scored)}${qty}`);
      }
    }
  }
}

/** Normalization alone: every labelled quantity against the quantities the extractor reads in its sentence, whatever the score. */
function quantityNormalization(split: Split): void {
  for (const language of LANGUAGES) {
    let n = 0;
    let right = 0;
    for (const a of loadNewsArticles(language, split)) {
      const claims = extractClaims(a.text, { language, minScore: 0 }).claims;
      for (const s of a.sentences) {
        const own = claims.filter((c) => overlaps(c, s));
        for (const q of s.quantities) {
          n++;
          if (quantityFound(q, own)) right++;
        }
      }
    }
    console.log(`quantities normalized, ${language} ${split}, every labelled sentence, score ignored: ${right}/${n} = ${(right / Math.max(1, n)).toFixed(3)}`);
    if (split === 'test') summary.push(`${language} test quantities normalized ${(right / Math.max(1, n)).toFixed(2)}`);
  }
}

/** The old hand-written fixtures: paragraph sentences and the single-sentence dev and blind sets. */
function fixtureSection(): void {
  for (const set of loadClaimFixtures()) {
    for (const p of [extractor, ...BASELINES]) {
      const scored: Scored[] = [];
      for (const para of set.paragraphs) {
        const spans = [...para.claims, ...para.negatives].sort((a, b) => a.start - b.start);
        const claims = p.claims(para.text, set.language, spans) ?? [];
        for (const g of para.claims) scored.push({ score: claims.some((c) => overlaps(c, g)) ? 1 : 0, label: 1 });
        for (const g of para.negatives) scored.push({ score: claims.some((c) => overlaps(c, g)) ? 1 : 0, label: 0 });
      }
      console.log(`${`fixtures ${set.language} paragraphs`.padEnd(34)}${p.name.padEnd(16)}${cells(scored)}`);
    }
  }
  for (const name of ['dev', 'blind'] as const) {
    const sentences = loadSentenceSet(name);
    for (const language of LANGUAGES) {
      const own = sentences.filter((s) => s.language === language);
      const items = own.map((s) => ({ text: s.text, label: s.checkWorthy ? 1 : 0 }) as LabelledText);
      itemRows(`fixtures ${language} ${name} sentences`, items, language, extractClaims, false);
    }
  }
}

/** One row per predictor for a set of labelled items (comments, debate sentences): an item is found when any claim is returned. */
function itemRows(name: string, items: readonly LabelledText[], language: string, extract: Extract, macro: boolean): Scored[] {
  let extracted: Scored[] = [];
  const predictors: Array<[string, (text: string) => boolean]> = [
    ['extractor', (text) => extract(text, { language }).claims.length > 0],
    ['every sentence', () => true],
    ['has a digit', (text) => /\d/.test(text)],
  ];
  for (const [pname, found] of predictors) {
    const scored = items.map((i) => ({ score: found(i.text) ? 1 : 0, label: i.label }));
    console.log(`${name.padEnd(34)}${pname.padEnd(16)}${cells(scored)}${macro ? `   macro-F1 ${macroF1(scored).toFixed(3)}` : ''}`);
    if (pname === 'extractor') extracted = scored;
  }
  return extracted;
}

/**
 * GermEval by 5-fold cross-validation: the shipped recipe retrained without each fold, then run
 * on it. A recipe that does not learn from GermEval has seen none of it: the shipped model is
 * measured on all of it, and the row says so ("held out").
 */
function germevalSection(): void {
  const items = germeval();
  const learns = RECIPE.publicWeight.de > 0;
  // A recipe that does not learn from GermEval has nothing to hold out: the shipped model is measured on all of it.
  const rows = learns
    ? germevalCrossValidation(items, RECIPE, (model) => createExtractor(new Map([['de', model]])))
    : items.map((item) => ({ item, found: extractClaims(item.text, { language: 'de' }).claims.length > 0 }));
  const predicted: Scored[] = rows.map(({ item, found }) => ({ score: found ? 1 : 0, label: item.label }));
  const digit: Scored[] = rows.map(({ item }) => ({ score: /\d/.test(item.text) ? 1 : 0, label: item.label }));
  const every: Scored[] = rows.map(({ item }) => ({ score: 1, label: item.label }));
  summary.push(`GermEval macro-F1 ${macroF1(predicted).toFixed(3)}`);
  for (const [name, scored] of [['extractor', predicted], ['every sentence', every], ['has a digit', digit]] as const) {
    const set = learns ? `GermEval 2021 train, ${GERMEVAL_FOLDS}-fold CV` : 'GermEval 2021 train (held out)';
    console.log(`${set.padEnd(34)}${name.padEnd(16)}${cells(scored)}   macro-F1 ${macroF1(scored).toFixed(3)}`);
  }
}

/** The user's own sample article: the three example claims with their quantities, and none of the opinion sentences. */
function sampleSection(): void {
  const file = join(samplesDir, 'kasachstan-pipeline.de.txt');
  if (!existsSync(file)) {
    console.log(`\nSample article: ${file} not found, not checked.`);
    summary.push('sample article not checked');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const result = extractClaims(text);
  const all = result.claims.flatMap((claim) => claim.quantities.map((q) => ({ claim, q })));
  const checks: Array<[string, boolean]> = [
    ['read as German', result.language === 'de'],
    ["the subject's age, 69 years", all.some(({ q }) => q.kind === 'age' && q.value === 69 && q.unit === 'year' && (q.subject ?? '').includes('Toqajew'))],
    ['the 30-day stop of the pipeline', all.some(({ claim, q }) => q.value === 30 && q.unit === 'day' && q.kind === 'duration' && claim.text.includes('Pipeline'))],
    ['roughly two million people, approximate', all.some(({ q }) => q.value === 2_000_000 && q.approx)],
    // The two sentences the user marked as opinion, by their opening words.
    ['none of the opinion sentences', !result.claims.some((c) => c.text.startsWith('Wie man sieht') || c.text.startsWith('Offenbar scheint man'))],
  ];
  console.log('\nSample article (../shared/samples/kasachstan-pipeline.de.txt)');
  for (const [name, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
  summary.push(`sample article ${checks.filter(([, ok]) => ok).length}/${checks.length} checks`);
}

function main(): void {
  console.log('Sentence-level detection; a sentence is found when a claim overlaps it. Baselines by the same code.\n');
  console.log(HEADER);
  if (!withoutTest) {
    newsSection('test');
    quantityNormalization('test');
    console.log();
  }
  newsSection('dev');
  quantityNormalization('dev');
  console.log();
  fixtureSection();
  console.log();
  germevalSection();
  const checkThatDev = itemRows('CheckThat! 2024 English dev', checkThat('dev'), 'en', extractClaims, false);
  summary.push(`CheckThat! dev F1 ${detection(checkThatDev, 0.5).f1.toFixed(2)}`);
  sampleSection();
  console.log(`\nclaims:eval: ${summary.join('; ')}`);
}

try {
  main();
} catch (error) {
  console.error(`claims:eval could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
