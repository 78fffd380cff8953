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

for (const language of ['de', 'en'] as const) {
  const started = Date.now();
  const model = trainModel(language, publicSet(language));
  const seconds = (Date.now() - started) / 1000;
  const stored = encodeModel(model, {
    recipe: RECIPE,
    data: ['data/claims/news train split', language === 'de' ? 'GermEval 2021 train (Sub3_FactClaiming)' : 'CheckThat! 2024 English train'],
    calibratedOn: 'data/claims/news dev split',
  });
  const file = join(projectRoot, 'lib', 'claims', 'model', `weights-${language}.json`);
  writeFileSync(file, `${JSON.stringify(stored)}\n`);
  console.log(`${language}: trained in ${seconds.toFixed(1)} s; threshold ${model.threshold}, calibration a=${model.calibration.a.toFixed(3)} b=${model.calibration.b.toFixed(3)}; ${file}`);
}
