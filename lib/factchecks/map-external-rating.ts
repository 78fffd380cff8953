/** One rating of the newsroom's scale, as the mapping needs it. */
export interface ScaleRating {
  id: string;
  key: string;
  labelEn: string;
  labelDe: string;
  /** Higher is truer; null outside the truth scale (unproven). */
  value: number | null;
}

export interface ExternalRating {
  label: string | null;
  value: number | null;
  best: number | null;
  worst: number | null;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/**
 * The newsroom rating closest to another fact-checker's: the one named alike (key or either
 * label), else the one at the same place on the truth scale (their value between worst and best,
 * laid onto ours), else none. Only a suggestion for a draft: the fact-checker decides.
 */
export function mapExternalRating(external: ExternalRating, scale: readonly ScaleRating[]): ScaleRating | null {
  if (external.label) {
    const label = fold(external.label);
    const named = scale.find((rating) => [rating.key, rating.labelEn, rating.labelDe].some((name) => fold(name) === label));
    if (named) return named;
  }
  const { value, best, worst } = external;
  if (value === null || best === null || worst === null || best === worst) return null;
  const share = (value - worst) / (best - worst);
  if (!(share >= 0 && share <= 1)) return null;
  const truth = scale.filter((rating): rating is ScaleRating & { value: number } => rating.value !== null);
  if (!truth.length) return null;
  const low = Math.min(...truth.map((rating) => rating.value));
  const high = Math.max(...truth.map((rating) => rating.value));
  const target = low + share * (high - low);
  return truth.reduce((closest, rating) => (Math.abs(rating.value - target) < Math.abs(closest.value - target) ? rating : closest));
}
