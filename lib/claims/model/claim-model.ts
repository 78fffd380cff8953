import { ReasonTally } from '../scoring/score-sentence';
import type { ReasonCode } from '../types';
import { FIXED_FEATURES, FIXED_REASONS, WORDING_REASON } from './sentence-vector';
import { hashString } from './feature-hash';
import type { SparseVector } from './sparse-vector';

export const MODEL_FORMAT = 'factdesk-claims-model/1';

/** A trained check-worthiness model for one language: logistic regression over `sentenceVector`. */
export interface ClaimModel {
  language: string;
  dim: number;
  bias: number;
  weights: Float32Array;
  /** Platt scaling fitted on the labelled news dev split: probability = σ(a · logit + b). */
  calibration: { a: number; b: number };
  /** The probability from which a sentence counts as check-worthy, chosen on the dev split. */
  threshold: number;
}

/** The weights file as stored: int16 weights times `scale`, base64, with a checksum of that text. */
export interface StoredModel {
  format: string;
  language: string;
  dim: number;
  features: string[];
  bias: number;
  scale: number;
  weights: string;
  checksum: number;
  calibration: { a: number; b: number };
  threshold: number;
  /** How and on what it was trained, for people. */
  trained: Record<string, unknown>;
}

export class ModelError extends Error {
  constructor(file: string, problem: string) {
    super(`Claim model ${file}: ${problem}. Restore the file from the repository or run \`npm run claims:train\`.`);
    this.name = 'ModelError';
  }
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Checks a stored model thoroughly and decodes it; any problem is a `ModelError` naming the file. */
export function decodeModel(stored: unknown, file: string): ClaimModel {
  const s = stored as Partial<StoredModel> | null;
  if (!s || typeof s !== 'object') throw new ModelError(file, 'is not a JSON object');
  if (s.format !== MODEL_FORMAT) throw new ModelError(file, `has format ${JSON.stringify(s.format)}, expected ${MODEL_FORMAT}`);
  if (typeof s.language !== 'string' || !isFiniteNumber(s.dim) || s.dim <= FIXED_FEATURES.length || (s.dim & (s.dim - 1)) !== 0) {
    throw new ModelError(file, 'has no valid language or dimension');
  }
  if (!Array.isArray(s.features) || s.features.join('|') !== FIXED_FEATURES.join('|')) {
    throw new ModelError(file, 'was trained on other features than this code computes');
  }
  if (!isFiniteNumber(s.bias) || !isFiniteNumber(s.scale) || s.scale <= 0 || typeof s.weights !== 'string') throw new ModelError(file, 'has no valid weights');
  if (!s.calibration || !isFiniteNumber(s.calibration.a) || !isFiniteNumber(s.calibration.b) || !isFiniteNumber(s.threshold)) {
    throw new ModelError(file, 'has no valid calibration or threshold');
  }
  if (hashString(s.weights, 0) !== s.checksum) throw new ModelError(file, 'is corrupt (checksum mismatch)');
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(s.weights);
  } catch {
    throw new ModelError(file, 'is corrupt (weights are not base64)');
  }
  if (bytes.length !== s.dim * 2) throw new ModelError(file, `holds ${bytes.length / 2} weights, expected ${s.dim}`);
  const weights = new Float32Array(s.dim);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < s.dim; i++) weights[i] = view.getInt16(i * 2, true) * s.scale;
  return { language: s.language, dim: s.dim, bias: s.bias, weights, calibration: { a: s.calibration.a, b: s.calibration.b }, threshold: s.threshold };
}

/** The stored form of a model: weights rounded to 16 bits (the model is far less precise than that). */
export function encodeModel(model: ClaimModel, trained: Record<string, unknown>): StoredModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes = new Uint8Array(model.dim * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < model.dim; i++) view.setInt16(i * 2, Math.round((model.weights[i] ?? 0) / scale), true);
  const weights = encodeBase64(bytes);
  return {
    format: MODEL_FORMAT,
    language: model.language,
    dim: model.dim,
    features: [...FIXED_FEATURES],
    bias: model.bias,
    scale,
    weights,
    checksum: hashString(weights, 0),
    calibration: model.calibration,
    threshold: model.threshold,
    trained,
  };
}

/** The model's raw log-odds for a sentence's features. */
export function rawLogit(model: ClaimModel, v: SparseVector): number {
  let sum = model.bias;
  const { slots, values, length } = v;
  const w = model.weights;
  for (let k = 0; k < length; k++) sum += (w[slots[k] as number] ?? 0) * (values[k] as number);
  return sum;
}

export function probability(model: ClaimModel, logit: number): number {
  return 1 / (1 + Math.exp(-(model.calibration.a * logit + model.calibration.b)));
}

/** The distinct reasons, and for each fixed slot the index of its reason there; hashed slots sum into the last. */
const REASONS: readonly ReasonCode[] = [...new Set(FIXED_REASONS), WORDING_REASON];
const REASON_OF_SLOT = Int32Array.from(FIXED_REASONS, (r) => REASONS.indexOf(r));
const parts = new Float64Array(REASONS.length);

/** What moved the score, in calibrated log-odds: each signal's part under its reason, the hashed words together as 'wording'. */
export function explain(model: ClaimModel, v: SparseVector, reasons: ReasonTally): void {
  reasons.reset();
  parts.fill(0);
  const a = model.calibration.a;
  const wording = REASONS.length - 1;
  for (let k = 0; k < v.length; k++) {
    const slot = v.slots[k] as number;
    const index = slot < REASON_OF_SLOT.length ? (REASON_OF_SLOT[slot] as number) : wording;
    parts[index] = (parts[index] as number) + a * (model.weights[slot] ?? 0) * (v.values[k] as number);
  }
  for (let i = 0; i < REASONS.length; i++) if (parts[i] !== 0) reasons.add(REASONS[i] as ReasonCode, parts[i] as number);
  reasons.round();
}
