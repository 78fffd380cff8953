/**
 * The trained models that ship with the code (written by `npm run claims:train`). They are read
 * and checked when this module loads: a missing file fails the import, a corrupt one throws a
 * `ModelError` naming it, so that no extraction ever runs on zero weights.
 */
import { decodeModel, type ClaimModel } from './claim-model';
import german from './weights-de.json';
import english from './weights-en.json';

export const shippedModels: ReadonlyMap<string, ClaimModel> = new Map([
  ['de', decodeModel(german, 'lib/claims/model/weights-de.json')],
  ['en', decodeModel(english, 'lib/claims/model/weights-en.json')],
]);
