/**
 * How the shipped claim models are trained, shared by claims:train (which writes the weights) and
 * claims:eval (which retrains the same way on folds of GermEval for cross-validation).
 */
import type { ClaimModel } from '../lib/claims/model/claim-model';
import { chooseThreshold, fitPlatt, logitOf, trainLogistic, type Example, type Scored } from '../lib/claims/model/train-model';
import { alignedSentences, checkThat, germeval, newsExamples, textExamples, type LabelledText } from './claims-datasets';
import { loadNewsArticles } from './claims-news-labels';

export interface Recipe {
  dim: number;
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
  newsWeight: number;
  publicWeight: number;
  minPrecision: number;
}

export const RECIPE: Recipe = {
  dim: 1 << 17,
  epochs: 8,
  l2: 1e-4,
  rate: 0.1,
  seed: 20250101,
  /** A labelled news sentence counts this many times as much as a comment or debate sentence. */
  newsWeight: 4,
  publicWeight: 1,
  /** Thresholds are chosen for the best F1 at this precision or more on the news dev split. */
  minPrecision: 0.8,
};

/** The public set each language learns from besides the news. */
export function publicSet(language: 'de' | 'en'): LabelledText[] {
  return language === 'de' ? germeval() : checkThat('train');
}

/** The dev split's labelled sentences, each scored by the most check-worthy extractor sentence overlapping it. */
export function devLogits(weights: Float32Array, bias: number, language: 'de' | 'en', dim: number): { logits: number[]; labels: (0 | 1)[] } {
  const logits: number[] = [];
  const labels: (0 | 1)[] = [];
  for (const article of loadNewsArticles(language, 'dev')) {
    const best = new Map<number, number>();
    for (const { gold, vector } of alignedSentences(article, language, dim)) {
      const logit = logitOf(weights, bias, vector);
      best.set(gold, Math.max(best.get(gold) ?? -Infinity, logit));
    }
    article.sentences.forEach((s, i) => {
      logits.push(best.get(i) ?? -10);
      labels.push(s.checkWorthy ? 1 : 0);
    });
  }
  return { logits, labels };
}

/** Trains one language's model on the news train split and `publicItems`; calibrates and thresholds it on news dev. */
export function trainModel(language: 'de' | 'en', publicItems: readonly LabelledText[], recipe: Recipe = RECIPE): ClaimModel {
  const examples: Example[] = [
    ...newsExamples(language, 'train', recipe.dim, recipe.newsWeight),
    ...textExamples(publicItems, language, recipe.dim, recipe.publicWeight),
  ];
  const { weights, bias } = trainLogistic(examples, recipe);
  const dev = devLogits(weights, bias, language, recipe.dim);
  const calibration = fitPlatt(dev.logits, dev.labels);
  const scored: Scored[] = dev.logits.map((x, i) => ({ score: 1 / (1 + Math.exp(-(calibration.a * x + calibration.b))), label: dev.labels[i] as 0 | 1 }));
  const threshold = chooseThreshold(scored, recipe.minPrecision);
  return { language, dim: recipe.dim, bias, weights, calibration, threshold };
}
