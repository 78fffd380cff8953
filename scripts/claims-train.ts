/**
 * Trains the claim models (German, English) and writes lib/claims/model/weights-<lang>.json.
 * Deterministic: the same labels and corpora give the same weights.
 * Usage: npm run claims:train
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel } from '../lib/claims/model/claim-model';
import { projectRoot } from './claims-corpora';
import { publicSet, RECIPE, trainModel } from './claims-recipe';

const PUBLIC_NAME = { de: 'GermEval 2021 train (Sub3_FactClaiming)', en: 'CheckThat! 2024 English train' } as const;

for (const language of ['de', 'en'] as const) {
  const started = Date.now();
  const weight = RECIPE.publicWeight[language];
  const model = trainModel(language, weight > 0 ? publicSet(language) : []);
  const seconds = (Date.now() - started) / 1000;
  const stored = encodeModel(model, {
    recipe: RECIPE,
    data: ['data/claims/news train split', ...(weight > 0 ? [RECIPE.publicApart[language] ? `${PUBLIC_NAME[language]}: its posts, for a post's own weights only, after the news` : `${PUBLIC_NAME[language]} at weight ${weight}`] : [])],
    calibratedOn: `held-out predictions: ${RECIPE.folds} folds of the news train split (by article) and the news dev split`,
  });
  const file = join(projectRoot, 'lib', 'claims', 'model', `weights-${language}.json`);
  writeFileSync(file, `${JSON.stringify(stored)}\n`);
  console.log(`${language}: trained in ${seconds.toFixed(1)} s; threshold ${model.threshold}, calibration a=${model.calibration.a.toFixed(3)} b=${model.calibration.b.toFixed(3)}; ${file}`);
}
