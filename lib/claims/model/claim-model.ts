import { ReasonTally } from '../scoring/score-sentence';
import type { ReasonCode } from '../types';
import { FIXED_FEATURES, FIXED_REASONS, fixedIndex, WORDING_REASON } from './sentence-vector';
import type { SparseVector } from './sparse-vector';

export const MODEL_FORMAT = 'factdesk-claims-model/2';

/**
 * A trained check-worthiness model for one language: logistic regression over `sentenceVector`.
 * Weights are held as stored, 16 bits each (the model is far less precise than that): weight i is
 * `weights[i] * scale`. Loading them is then a view on the decoded bytes, with no loop over them.
 */
export interface ClaimModel {
  language: string;
  dim: number;
  bias: number;
  weights: Int16Array;
  scale: number;
  /** Platt scaling fitted on held-out labelled news: probability = σ(a · logit + b). */
  calibration: { a: number; b: number };
  /** The probability from which a sentence counts as check-worthy, chosen on held-out labelled news. */
  threshold: number;
}

/** The weights file as stored: the 16-bit weights little-endian in base64, with a checksum of those bytes. */
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

/** Node's decoder where there is one: a cold loop over 350,000 characters costs more than all the rest of loading. */
function decodeBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return Buffer.from(text, 'base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encodeBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The stored little-endian 16-bit weights: a view where the platform and alignment allow, else a copy. */
function int16Weights(bytes: Uint8Array, dim: number): Int16Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, dim);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int16Array(dim);
  for (let i = 0; i < dim; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

/** FNV-1a over the weights two at a time (a quarter of the steps of hashing their base64 text). */
export function weightsChecksum(weights: Int16Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < weights.length; i += 2) {
    h ^= ((weights[i] as number) & 0xffff) | (((weights[i + 1] ?? 0) & 0xffff) << 16);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Checks a stored model thoroughly and decodes it; any problem is a `ModelError` naming the file. */
export function decodeModel(stored: unknown, file: string): ClaimModel {
  const s = stored as Partial<StoredModel> | null;
  if (!s || typeof s !== 'object') throw new ModelError(file, 'is not a JSON object');
  if (s.format !== MODEL_FORMAT) throw new ModelError(file, `has format ${JSON.stringify(s.format)}, expected ${MODEL_FORMAT}`);
  if (typeof s.language !== 'string' || !isFiniteNumber(s.dim) || s.dim <= 2 * FIXED_FEATURES.length || (s.dim & (s.dim - 1)) !== 0) {
    throw new ModelError(file, 'has no valid language or dimension');
  }
  if (!Array.isArray(s.features) || s.features.join('|') !== FIXED_FEATURES.join('|')) {
    throw new ModelError(file, 'was trained on other features than this code computes');
  }
  if (!isFiniteNumber(s.bias) || !isFiniteNumber(s.scale) || s.scale <= 0 || typeof s.weights !== 'string') throw new ModelError(file, 'has no valid weights');
  if (!s.calibration || !isFiniteNumber(s.calibration.a) || !isFiniteNumber(s.calibration.b) || !isFiniteNumber(s.threshold)) {
    throw new ModelError(file, 'has no valid calibration or threshold');
  }
  // Decoders skip what is not base64: a damaged text shows in the length or the checksum.
  const bytes = decodeBase64(s.weights);
  if (bytes.length !== s.dim * 2) throw new ModelError(file, `holds ${Math.floor(bytes.length / 2)} weights, expected ${s.dim}`);
  const weights = int16Weights(bytes, s.dim);
  if (weightsChecksum(weights) !== s.checksum) throw new ModelError(file, 'is corrupt (checksum mismatch)');
  return { language: s.language, dim: s.dim, bias: s.bias, weights, scale: s.scale, calibration: { a: s.calibration.a, b: s.calibration.b }, threshold: s.threshold };
}

/** A trained model's weights rounded to 16 bits, as shipped. */
export function quantizeModel(model: Omit<ClaimModel, 'weights' | 'scale'> & { weights: Float32Array }): ClaimModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const weights = new Int16Array(model.dim);
  for (let i = 0; i < model.dim; i++) weights[i] = Math.round((model.weights[i] ?? 0) / scale);
  return { ...model, weights, scale };
}

/** The stored form of a model, for its weights file. */
export function encodeModel(model: ClaimModel, trained: Record<string, unknown>): StoredModel {
  const bytes = new Uint8Array(model.dim * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < model.dim; i++) view.setInt16(i * 2, model.weights[i] ?? 0, true);
  return {
    format: MODEL_FORMAT,
    language: model.language,
    dim: model.dim,
    features: [...FIXED_FEATURES],
    bias: model.bias,
    scale: model.scale,
    weights: encodeBase64(bytes),
    checksum: weightsChecksum(model.weights),
    calibration: model.calibration,
    threshold: model.threshold,
    trained,
  };
}

/** The model's raw log-odds for a sentence's features. */
export function rawLogit(model: ClaimModel, v: SparseVector): number {
  let sum = 0;
  const { slots, values, length } = v;
  const w = model.weights;
  for (let k = 0; k < length; k++) sum += (w[slots[k] as number] ?? 0) * (values[k] as number);
  return model.bias + model.scale * sum;
}

export function probability(model: ClaimModel, logit: number): number {
  return 1 / (1 + Math.exp(-(model.calibration.a * logit + model.calibration.b)));
}

/** The distinct reasons, and for each fixed slot the index of its reason there; hashed slots sum into the last. */
const REASONS: readonly ReasonCode[] = [...new Set(FIXED_REASONS), WORDING_REASON];
const REASON_OF_FIXED = Int32Array.from(FIXED_REASONS, (r) => REASONS.indexOf(r));
const parts = new Float64Array(REASONS.length);

/** What moved the score, in calibrated log-odds: each signal's part under its reason, the hashed words together as 'wording'. */
export function explain(model: ClaimModel, v: SparseVector, reasons: ReasonTally): void {
  reasons.reset();
  parts.fill(0);
  const a = model.calibration.a * model.scale;
  const wording = REASONS.length - 1;
  for (let k = 0; k < v.length; k++) {
    const slot = v.slots[k] as number;
    const fixed = fixedIndex(slot, model.dim);
    const index = fixed >= 0 ? (REASON_OF_FIXED[fixed] as number) : wording;
    parts[index] = (parts[index] as number) + a * (model.weights[slot] ?? 0) * (v.values[k] as number);
  }
  // REASONS holds each code once.
  for (let i = 0; i < REASONS.length; i++) if (parts[i] !== 0) reasons.addNew(REASONS[i] as ReasonCode, parts[i] as number);
  reasons.round();
}
