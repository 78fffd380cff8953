/**
 * Training of the check-worthiness model: L2-regularised logistic regression by AdaGrad over
 * sparse features, with a fixed-seed order, so that the same data gives the same weights. Then
 * Platt scaling and a threshold, both fitted on held-out labelled news.
 */

export interface Example {
  slots: Int32Array;
  values: Float32Array;
  label: 0 | 1;
  /** How much the example counts (news counts more than debate or comment sets). */
  weight: number;
  /**
   * The first `readOnly` entries (and the bias) count in the example's logit but are not moved by
   * it: a comment teaches a post's own copies of the features, never an article's weights.
   */
  readOnly?: number;
}

export interface TrainOptions {
  dim: number;
  epochs: number;
  /** L2 penalty on the weights an example touches, per unit of its weight. */
  l2: number;
  rate: number;
  seed: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function logitOf(weights: Float32Array, bias: number, e: Pick<Example, 'slots' | 'values'>): number {
  let sum = bias;
  for (let k = 0; k < e.slots.length; k++) sum += (weights[e.slots[k] as number] ?? 0) * (e.values[k] as number);
  return sum;
}

/**
 * Fits the weights, from zero or on from `start` (which is left as it was); deterministic for a
 * given order of `examples` and `options.seed`.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions, start?: { weights: Float32Array; bias: number }): { weights: Float32Array; bias: number } {
  const weights = start ? start.weights.slice() : new Float32Array(options.dim);
  const squares = new Float64Array(options.dim).fill(1e-8);
  let bias = start?.bias ?? 0;
  let biasSquares = 1e-8;
  const order = examples.map((_, i) => i);
  const random = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const e = examples[index] as Example;
      const error = (sigmoid(logitOf(weights, bias, e)) - e.label) * e.weight;
      const from = e.readOnly ?? 0;
      for (let k = from; k < e.slots.length; k++) {
        const slot = e.slots[k] as number;
        const w = weights[slot] as number;
        const g = error * (e.values[k] as number) + options.l2 * e.weight * w;
        squares[slot] = (squares[slot] as number) + g * g;
        weights[slot] = w - (options.rate * g) / Math.sqrt(squares[slot] as number);
      }
      if (from > 0) continue;
      biasSquares += error * error;
      bias -= (options.rate * error) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}

/** Platt scaling: a and b of σ(a · logit + b) that minimise the log loss on held-out data (Newton's method). */
export function fitPlatt(logits: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < logits.length; i++) {
      const x = logits[i] as number;
      const p = sigmoid(a * x + b);
      const d = p - (labels[i] as number);
      const h = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += h * x * x;
      hab += h * x;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

export interface Scored {
  score: number;
  label: 0 | 1;
}

export function detection(scored: readonly Scored[], threshold: number): { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    if (s.score >= threshold) {
      if (s.label === 1) tp++;
      else fp++;
    } else if (s.label === 1) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The mean of the F1 of each class (GermEval's measure): scores of 0.5 or more count as positive. */
export function macroF1(scored: readonly Scored[]): number {
  const positive = detection(scored, 0.5).f1;
  const negative = detection(scored.map((s) => ({ score: 1 - s.score, label: (1 - s.label) as 0 | 1 })), 0.5).f1;
  return (positive + negative) / 2;
}

/**
 * The threshold with the best F1 among those whose precision reaches `minPrecision`, or with the
 * best F1 overall when none does. Candidates are the scores themselves, rounded to hundredths.
 */
export function chooseThreshold(scored: readonly Scored[], minPrecision: number): number {
  let best = 0.5;
  let bestF1 = -1;
  let bestAny = 0.5;
  let bestAnyF1 = -1;
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.01) {
    const threshold = Math.round(t * 100) / 100;
    const d = detection(scored, threshold);
    if (d.f1 > bestAnyF1) {
      bestAnyF1 = d.f1;
      bestAny = threshold;
    }
    if (d.precision >= minPrecision && d.f1 > bestF1) {
      bestF1 = d.f1;
      best = threshold;
    }
  }
  return bestF1 >= 0 ? best : bestAny;
}
