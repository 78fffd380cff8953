/**
 * Model selection for the claim scorer without the test split: for the shipped recipe and any
 * variants given, held-out predictions on the news train split (folds by article, the public set
 * always in training) and on the dev split (trained on all of train), reported as precision,
 * recall and F1 at the best threshold with precision >= the recipe's minimum, the best F1 at any
 * threshold, and ROC AUC; with and without the borderline sentences. Never reads the test split.
 * Usage: npm run -s claims:tune -- [de|en] [--set '{"publicWeight":{"de":0.1,"en":0.1}}' …] [--errors] [--germeval]
 *   --errors prints every train sentence with its held-out logit (to read, not to keep).
 *   --germeval adds, for German, GermEval 2021 macro-F1 by cross-validation as claims:eval
 *   measures it (news dev F1 does not show it: comments that teach a post's copies alone leave
 *   the news predictions as they are). It loads the shipped weights, to build extractors.
 */
import { detection, macroF1, type Scored } from '../lib/claims/model/train-model';
import { alignSplit, germevalCrossValidation, publicExamples, publicSet, RECIPE, trainWithHeldOut, type HeldOut, type Language, type Recipe } from './claims-recipe';

function auc(rows: readonly HeldOut[]): number {
  const sorted = [...rows].sort((a, b) => a.logit - b.logit);
  let positives = 0;
  let rankSum = 0;
  sorted.forEach((r, i) => {
    if (r.label === 1) {
      positives++;
      rankSum += i + 1;
    }
  });
  const negatives = rows.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / Math.max(1, positives * negatives);
}

/** Thresholds on the raw logit: calibration is monotone and does not change the ranking. */
function summary(rows: readonly HeldOut[], minPrecision: number): string {
  const cuts = [...new Set(rows.map((r) => r.logit))].sort((a, b) => a - b);
  let atPrecision = { precision: 0, recall: 0, f1: 0 };
  let any = { precision: 0, recall: 0, f1: 0 };
  for (const t of cuts) {
    const d = detection(rows.map((r): Scored => ({ score: r.logit >= t ? 1 : 0, label: r.label })), 0.5);
    if (d.f1 > any.f1) any = d;
    if (d.precision >= minPrecision && d.f1 > atPrecision.f1) atPrecision = d;
  }
  return `P ${atPrecision.precision.toFixed(2)} R ${atPrecision.recall.toFixed(2)} F1 ${atPrecision.f1.toFixed(3)} | best F1 ${any.f1.toFixed(3)} (P ${any.precision.toFixed(2)}) | AUC ${auc(rows).toFixed(3)}`;
}

const args = process.argv.slice(2);
const languages = (['de', 'en'] as const).filter((l) => args.includes(l));
const errors = args.includes('--errors');
const withGermeval = args.includes('--germeval');
const recipes: Array<[string, Recipe]> = [['shipped', RECIPE]];
args.forEach((arg, i) => {
  if (arg === '--set') recipes.push([args[i + 1] ?? '', { ...RECIPE, ...(JSON.parse(args[i + 1] ?? '{}') as Partial<Recipe>) }]);
});

for (const language of languages.length > 0 ? languages : (['de', 'en'] as Language[])) {
  const started = Date.now();
  const items = publicSet(language);
  for (const [name, recipe] of recipes) {
    const train = alignSplit(language, 'train', recipe.dim);
    const dev = alignSplit(language, 'dev', recipe.dim);
    const r = trainWithHeldOut(train, dev, publicExamples(items, language, recipe), recipe);
    const clear = (rows: readonly HeldOut[]) => rows.filter((h) => !h.borderline);
    console.log(`${language} ${name}`);
    console.log(`  train folds ${summary(r.folds, recipe.minPrecision)}`);
    console.log(`  dev         ${summary(r.dev, recipe.minPrecision)}`);
    console.log(`  both        ${summary([...r.folds, ...r.dev], recipe.minPrecision)}`);
    console.log(`  w/o border  ${summary(clear([...r.folds, ...r.dev]), recipe.minPrecision)}`);
    if (withGermeval && language === 'de') {
      // Required here, not imported above: the shipped weights need not match features being tried without --germeval.
      const { createExtractor } = require('../lib/claims/extract-claims') as typeof import('../lib/claims/extract-claims');
      const rows = germevalCrossValidation(items, recipe, (model) => createExtractor(new Map([['de', model]])));
      const scored = rows.map(({ item, found }): Scored => ({ score: found ? 1 : 0, label: item.label }));
      const d = detection(scored, 0.5);
      console.log(`  GermEval CV macro-F1 ${macroF1(scored).toFixed(3)} (P ${d.precision.toFixed(2)} R ${d.recall.toFixed(2)})`);
    }
    if (errors) {
      // Folds hold every recipe.folds-th article, in order.
      const order = recipe.folds;
      const articles = Array.from({ length: order }, (_, k) => train.filter((_, i) => i % order === k)).flat();
      let n = 0;
      for (const { article } of articles) {
        for (const s of article.sentences) {
          const h = r.folds[n++];
          if (h) console.log(`ERR ${h.label} ${h.logit.toFixed(2)} ${s.borderline ? 'B' : ' '} ${article.file} ${article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
        }
      }
    }
  }
  console.log(`${language}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
