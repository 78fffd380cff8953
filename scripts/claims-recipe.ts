/**
 * How the shipped claim models are trained, shared by claims:train (which writes the weights),
 * claims:tune (which compares recipes without the test split) and claims:eval (which retrains the
 * same way on folds of GermEval for cross-validation).
 */
import { quantizeModel, type ClaimModel } from '../lib/claims/model/claim-model';
import type { ExtractionResult, ExtractOptions } from '../lib/claims/types';
import { chooseThreshold, fitPlatt, logitOf, trainLogistic, type Example, type Scored } from '../lib/claims/model/train-model';
import { alignedSentences, checkThat, germeval, textExamples, type LabelledText } from './claims-datasets';
import { loadNewsArticles, type NewsArticle, type Split } from './claims-news-labels';

export type Language = 'de' | 'en';

export interface Recipe {
  dim: number;
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
  /** How much a public-set sentence (comment, debate line) counts next to a labelled news sentence, per language. */
  publicWeight: Record<Language, number>;
  /** Whether the public set teaches only a post's own copies of the features (see `textExamples`), per language. */
  publicApart: Record<Language, boolean>;
  /** How much a borderline sentence (labelled not check-worthy, in doubt) counts next to a clear one. */
  borderlineWeight: number;
  /** Calibration and threshold are fitted on held-out predictions: these folds of the train split (by article) and the dev split. */
  folds: number;
  /** Thresholds are chosen for the best F1 at this precision or more on those held-out predictions. */
  minPrecision: number;
}

export const RECIPE: Recipe = {
  // The lower half for an article's hashed features, the upper half for a post's copies of them.
  dim: 1 << 18,
  epochs: 8,
  l2: 1e-4,
  rate: 0.1,
  seed: 20250101,
  // By claims:tune (held-out folds of news train, and news dev): GermEval comments sharing the
  // article weights pull the German news model towards the comment annotators' idea of a claim
  // (F1 at precision >= 0.80 0.70 with them, 0.77 without), so they teach a post's own copies of
  // the features alone, which leaves the news model as it is without them; CheckThat! debate lines
  // help English news a little at a tenth of a news sentence's weight (0.81 without, 0.83 at 0.1,
  // 0.81 at 0.5). Apart, the weight only scales what AdaGrad rescales anyway.
  publicWeight: { de: 1, en: 0.1 },
  publicApart: { de: true, en: false },
  borderlineWeight: 1,
  folds: 5,
  minPrecision: 0.8,
};

/** The public set a language may learn from besides the news. */
export function publicSet(language: Language): LabelledText[] {
  return language === 'de' ? germeval() : checkThat('train');
}

/** One labelled article with the extractor's sentences, each as a vector with the labelled sentence it overlaps most. */
export interface AlignedArticle {
  article: NewsArticle;
  rows: Array<{ gold: number; vector: { slots: Int32Array; values: Float32Array } }>;
}

export function alignSplit(language: Language, split: Split, dim: number): AlignedArticle[] {
  return loadNewsArticles(language, split).map((article) => ({ article, rows: alignedSentences(article, language, dim) }));
}

export function newsExamples(aligned: readonly AlignedArticle[], recipe: Recipe): Example[] {
  const examples: Example[] = [];
  for (const { article, rows } of aligned) {
    for (const { gold, vector } of rows) {
      const s = article.sentences[gold];
      const weight = s?.borderline ? recipe.borderlineWeight : 1;
      if (weight > 0) examples.push({ ...vector, label: s?.checkWorthy ? 1 : 0, weight });
    }
  }
  return examples;
}

export function publicExamples(items: readonly LabelledText[], language: Language, recipe: Recipe): Example[] {
  const weight = recipe.publicWeight[language];
  return weight > 0 ? textExamples(items, language, recipe.dim, weight, recipe.publicApart[language]) : [];
}

export interface HeldOut {
  logit: number;
  label: 0 | 1;
  borderline: boolean;
}

/** Each labelled sentence's logit: that of the most check-worthy extractor sentence it overlaps most. */
export function scoreArticles(aligned: readonly AlignedArticle[], weights: Float32Array, bias: number): HeldOut[] {
  const out: HeldOut[] = [];
  for (const { article, rows } of aligned) {
    const best = new Map<number, number>();
    for (const { gold, vector } of rows) best.set(gold, Math.max(best.get(gold) ?? -Infinity, logitOf(weights, bias, vector)));
    article.sentences.forEach((s, i) => out.push({ logit: best.get(i) ?? -10, label: s.checkWorthy ? 1 : 0, borderline: s.borderline }));
  }
  return out;
}

/**
 * Logistic regression on news and the public examples that share its weights; then, on from
 * there, on those that teach a post's own copies alone (`readOnly`), so that they leave the news
 * model exactly as it would be without them.
 */
function fit(news: readonly Example[], extra: readonly Example[], recipe: Recipe): { weights: Float32Array; bias: number } {
  const shared = trainLogistic([...news, ...extra.filter((e) => !e.readOnly)], recipe);
  const apart = extra.filter((e) => e.readOnly);
  return apart.length > 0 ? trainLogistic(apart, recipe, shared) : shared;
}

/**
 * The model trained on all of train (and the public examples), with held-out logits for every
 * labelled sentence of train (from models trained without its fold, folds by article) and of dev.
 */
export function trainWithHeldOut(train: readonly AlignedArticle[], dev: readonly AlignedArticle[], extra: readonly Example[], recipe: Recipe): { weights: Float32Array; bias: number; folds: HeldOut[]; dev: HeldOut[] } {
  const folds: HeldOut[] = [];
  for (let k = 0; k < recipe.folds; k++) {
    const rest = train.filter((_, i) => i % recipe.folds !== k);
    const fold = fit(newsExamples(rest, recipe), extra, recipe);
    folds.push(...scoreArticles(train.filter((_, i) => i % recipe.folds === k), fold.weights, fold.bias));
  }
  const { weights, bias } = fit(newsExamples(train, recipe), extra, recipe);
  return { weights, bias, folds, dev: scoreArticles(dev, weights, bias) };
}

/** Platt scaling and the threshold, fitted on held-out logits. */
export function calibrate(heldOut: readonly HeldOut[], minPrecision: number): { calibration: { a: number; b: number }; threshold: number } {
  const calibration = fitPlatt(
    heldOut.map((h) => h.logit),
    heldOut.map((h) => h.label),
  );
  const scored: Scored[] = heldOut.map((h) => ({ score: 1 / (1 + Math.exp(-(calibration.a * h.logit + calibration.b))), label: h.label }));
  return { calibration, threshold: chooseThreshold(scored, minPrecision) };
}

/**
 * Trains one language's model on the news train split and `publicItems` (weighted by the recipe;
 * not at all at weight 0), calibrated and thresholded on held-out predictions for train (by
 * folds) and dev.
 */
export function trainModel(language: Language, publicItems: readonly LabelledText[], recipe: Recipe = RECIPE): ClaimModel {
  const train = alignSplit(language, 'train', recipe.dim);
  const dev = alignSplit(language, 'dev', recipe.dim);
  const trained = trainWithHeldOut(train, dev, publicExamples(publicItems, language, recipe), recipe);
  const { calibration, threshold } = calibrate([...trained.folds, ...trained.dev], recipe.minPrecision);
  return quantizeModel({ language, dim: recipe.dim, bias: trained.bias, weights: trained.weights, calibration, threshold });
}

export const GERMEVAL_FOLDS = 5;

/**
 * GermEval 2021 by cross-validation: German trained by `recipe` without each fold of `items`
 * (every `GERMEVAL_FOLDS`-th item), then each item of the fold found when the extractor made from
 * that model returns any claim. Items come back fold by fold. `extractorFor` is passed in so that
 * training never loads the shipped weights.
 */
export function germevalCrossValidation(
  items: readonly LabelledText[],
  recipe: Recipe,
  extractorFor: (model: ClaimModel) => (text: string, options?: ExtractOptions) => ExtractionResult,
): Array<{ item: LabelledText; found: boolean }> {
  const out: Array<{ item: LabelledText; found: boolean }> = [];
  for (let k = 0; k < GERMEVAL_FOLDS; k++) {
    const extract = extractorFor(trainModel('de', items.filter((_, i) => i % GERMEVAL_FOLDS !== k), recipe));
    for (const item of items.filter((_, i) => i % GERMEVAL_FOLDS === k)) out.push({ item, found: extract(item.text, { language: 'de' }).claims.length > 0 });
  }
  return out;
}
