import { createExtractor, extractClaims } from '../../../lib/claims/extract-claims';
import { decodeModel, encodeModel, ModelError, quantizeModel, type ClaimModel } from '../../../lib/claims/model/claim-model';
import { FIXED_FEATURES, fixedIndex, sentenceVector } from '../../../lib/claims/model/sentence-vector';
import { shippedModels } from '../../../lib/claims/model/shipped-models';
import { SparseVector } from '../../../lib/claims/model/sparse-vector';
import { chooseThreshold, detection, fitPlatt, trainLogistic, type Example } from '../../../lib/claims/model/train-model';
import { readSentences } from '../../../lib/claims/read-sentences';

const DIM = 1 << 10;

function toyModel(): ClaimModel {
  const weights = new Float32Array(DIM);
  for (let i = 0; i < DIM; i++) weights[i] = Math.sin(i) * 0.5;
  return quantizeModel({ language: 'de', dim: DIM, bias: -0.25, weights, calibration: { a: 0.9, b: 0.1 }, threshold: 0.6 });
}

function vectorOf(text: string, language: string, dim = DIM): SparseVector {
  const v = new SparseVector();
  readSentences(text, language, ({ context }) => sentenceVector(context, dim, v));
  return v;
}

describe('claim model: stored weights', () => {
  it('rounds trained weights to 16 bits, and reads back exactly what it wrote', () => {
    const model = toyModel();
    for (let i = 0; i < DIM; i++) expect(Math.abs((model.weights[i] ?? 0) * model.scale - Math.sin(i) * 0.5)).toBeLessThan(1e-4);
    const back = decodeModel(JSON.parse(JSON.stringify(encodeModel(model, {}))), 'toy.json');
    expect(back).toMatchObject({ language: 'de', dim: DIM, bias: -0.25, scale: model.scale, calibration: { a: 0.9, b: 0.1 }, threshold: 0.6 });
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
  });

  const altered = (text: string) => `${text.slice(0, 100)}${text[100] === 'B' ? 'C' : 'B'}${text.slice(101)}`;
  const stored = () => JSON.parse(JSON.stringify(encodeModel(toyModel(), {}))) as Record<string, unknown>;
  it.each([
    ['nothing', () => null, 'is not a JSON object'],
    ['another format', () => ({ ...stored(), format: 'other/1' }), 'format'],
    ['other features', () => ({ ...stored(), features: ['x'] }), 'other features'],
    ['an altered weight', () => ({ ...stored(), weights: altered(String(stored().weights)) }), 'checksum'],
    ['weights that are not base64', () => ({ ...stored(), weights: `${String(stored().weights).slice(0, 40)}#!` }), 'expected'],
    ['too few weights', () => ({ ...stored(), dim: DIM * 2 }), 'expected'],
    ['no threshold', () => ({ ...stored(), threshold: 'high' }), 'threshold'],
    ['no dimension', () => ({ ...stored(), dim: 100 }), 'dimension'],
  ])('refuses a weights file with %s, naming the file', (_name, make, problem) => {
    expect(() => decodeModel(make(), 'lib/claims/model/weights-xx.json')).toThrow(ModelError);
    expect(() => decodeModel(make(), 'lib/claims/model/weights-xx.json')).toThrow(new RegExp(`weights-xx\\.json.*${problem}`));
  });

  it.each(['de', 'en'])('ships a %s model with a threshold between 0 and 1', (language) => {
    const model = shippedModels.get(language);
    expect(model?.threshold).toBeGreaterThan(0);
    expect(model?.threshold).toBeLessThan(1);
    expect(model?.weights.some((w) => w !== 0)).toBe(true);
  });
});

describe('claim model: training', () => {
  const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({
    slots: Int32Array.from([i % 2 === 0 ? 1 : 2, 3]),
    values: Float32Array.from([1, 1]),
    label: (i % 2 === 0 ? 1 : 0) as 0 | 1,
    weight: 1,
  }));
  const options = { dim: 8, epochs: 5, l2: 1e-4, rate: 0.5, seed: 7 };

  it('gives the same weights from the same data and seed', () => {
    expect(Array.from(trainLogistic(examples, options).weights)).toEqual(Array.from(trainLogistic(examples, options).weights));
  });

  it('learns which feature marks the positive class', () => {
    const { weights } = trainLogistic(examples, options);
    expect(weights[1]).toBeGreaterThan(1);
    expect(weights[2]).toBeLessThan(-1);
  });

  it('leaves the read-only entries and the bias as they were', () => {
    const start = trainLogistic(examples, options);
    const apart = examples.map((e) => ({ ...e, slots: Int32Array.of(...e.slots, 5), values: Float32Array.of(...e.values, 1), readOnly: e.slots.length }));
    const { weights, bias } = trainLogistic(apart, options, start);
    expect(bias).toBe(start.bias);
    expect(Array.from(weights.subarray(0, 5))).toEqual(Array.from(start.weights.subarray(0, 5)));
    expect(weights[5]).not.toBe(0);
  });

  it('fits Platt scaling that undoes a scaled logit', () => {
    let seed = 11;
    const uniform = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const logits = Array.from({ length: 2000 }, (_, i) => (i - 1000) / 250);
    const labels = logits.map((x) => (uniform() < 1 / (1 + Math.exp(-2 * x)) ? 1 : 0)) as (0 | 1)[];
    const { a } = fitPlatt(logits, labels);
    expect(a).toBeGreaterThan(1.4);
    expect(a).toBeLessThan(2.8);
  });

  it.each([
    [0.9, 0.81],
    [0.8, 0.41],
  ])('chooses the best threshold whose precision reaches %s on held-out scores', (minPrecision, expected) => {
    const scored = [
      { score: 0.9, label: 1 as const },
      { score: 0.8, label: 0 as const },
      { score: 0.7, label: 1 as const },
      { score: 0.6, label: 1 as const },
      { score: 0.5, label: 1 as const },
      { score: 0.4, label: 0 as const },
    ];
    const threshold = chooseThreshold(scored, minPrecision);
    expect(threshold).toBeCloseTo(expected, 5);
    expect(detection(scored, threshold).precision).toBeGreaterThanOrEqual(minPrecision);
  });
});

describe('claim model: features and scores', () => {
  it('names each fixed feature once', () => {
    expect(new Set(FIXED_FEATURES).size).toBe(FIXED_FEATURES.length);
  });

  it("keeps an article's features in the lower half of the slots and a post's own copies in the upper half", () => {
    const half = DIM >> 1;
    const article = vectorOf('Der Stadtrat hat am Dienstag den Haushalt für 2025 beschlossen.', 'de');
    expect(Array.from(article.slots.subarray(0, article.length)).every((slot) => slot < half)).toBe(true);
    const v = new SparseVector();
    let articleEntries = 0;
    readSentences('@USER Der Stadtrat hat den Haushalt beschlossen, das weiß ich!', 'de', ({ context }) => {
      articleEntries = sentenceVector(context, DIM, v);
    });
    const slots = Array.from(v.slots.subarray(0, v.length));
    expect(articleEntries).toBeGreaterThan(0);
    expect(slots.slice(0, articleEntries).every((slot) => slot < half)).toBe(true);
    expect(slots.slice(articleEntries).every((slot) => slot >= half)).toBe(true);
    expect(slots.length).toBeGreaterThan(2 * articleEntries);
  });

  it.each([
    ['Der Minister habe den Vertrag 2019 unterschrieben, sagte sein Sprecher.', true],
    ['Die Behörde sei nicht informiert gewesen.', true],
    ['Der Minister hat den Vertrag 2019 unterschrieben.', false],
  ])('reads German reported speech (Konjunktiv) in %j: %s', (text, reported) => {
    const slots = new Set(Array.from(vectorOf(text, 'de').slots.subarray(0, vectorOf(text, 'de').length)));
    const konjunktiv = [FIXED_FEATURES.indexOf('konjunktiv'), FIXED_FEATURES.indexOf('konjunktiv-with-speaker')];
    expect(konjunktiv.some((slot) => slots.has(slot))).toBe(reported);
  });

  it('scores with the model it is given, and reports what drove the score', () => {
    const model = toyModel();
    const extract = createExtractor(new Map([['de', model]]));
    const { claims } = extract('Die Arbeitslosigkeit stieg im März auf 6,1 Prozent.', { minScore: 0, language: 'de' });
    expect(claims).toHaveLength(1);
    const reasons = claims[0]!.reasons;
    expect(reasons.map((r) => r.code)).toContain('wording');
    for (let i = 1; i < reasons.length; i++) expect(Math.abs(reasons[i - 1]!.weight)).toBeGreaterThanOrEqual(Math.abs(reasons[i]!.weight));
  });

  it("reports a post's own bias as a reader's comment, not as an article's headline", () => {
    const weights = new Float32Array(DIM);
    const postBias = FIXED_FEATURES.indexOf('post');
    const slot = weights.findIndex((_, s) => fixedIndex(s, DIM) === postBias);
    weights[slot] = 2;
    const model = quantizeModel({ language: 'de', dim: DIM, bias: 0, weights, calibration: { a: 1, b: 0 }, threshold: 0.5 });
    const extract = createExtractor(new Map([['de', model]]));
    const reasonsOf = (text: string) => extract(text, { minScore: 0, language: 'de' }).claims.flatMap((c) => c.reasons.map((r) => r.code));
    expect(reasonsOf('@USER der Stadtrat hat den Haushalt beschlossen!')).toEqual(['reader-post']);
    expect(reasonsOf('Der Stadtrat hat am Dienstag den Haushalt beschlossen.\n\nEr gilt ab Januar.')).toEqual([]);
  });

  it("uses each language's threshold as the default minimum score", () => {
    const text = 'Die Arbeitslosigkeit stieg im März auf 6,1 Prozent. Das Wetter war schön.';
    const threshold = shippedModels.get('de')!.threshold;
    const all = extractClaims(text, { minScore: 0 }).claims;
    expect(extractClaims(text).claims).toEqual(all.filter((c) => c.score >= threshold));
  });
});
