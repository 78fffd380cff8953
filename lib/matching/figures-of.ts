import type { Quantity } from '../claims/types';
import { figureOf, type Figure } from './figures';
import type { MatchText } from './match-types';

const GERMAN_ORDINALS: Readonly<Record<string, number>> = {
  zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10, elft: 11, zwölft: 12,
};
const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

/**
 * "drittgrößte", "zweithöchsten", "viertwichtigste": an ordinal stem glued to a superlative (-st, -ßt with an
 * adjective ending). Not "achtsamste" (achtsam is no ordinal's superlative).
 */
const GERMAN_RANK = new RegExp(`(?<!\\p{L})(${Object.keys(GERMAN_ORDINALS).join('|')})(?!sam)(\\p{L}+[sß]t(?:e[mnrs]?)?)(?!\\p{L})`, 'giu');
/** "second-largest", "third biggest", "fourth-most populous": English writes the ordinal apart; only superlatives journalists rank by. */
const ENGLISH_RANK = new RegExp(
  `\\b(${Object.keys(ENGLISH_ORDINALS).join('|')})[- ](?:largest|biggest|highest|most|best|smallest|lowest|richest|poorest|busiest|longest|tallest|oldest|strongest|fastest|deepest|worst)\\b`,
  'gi',
);

/** Ranks written as one superlative ("das drittgrößte Land", "the third-largest country"), which the extractor does not read: "Platz drei" says the same. */
function superlativeRanks(text: string, language: string): Quantity[] {
  const pattern = language === 'de' ? GERMAN_RANK : language === 'en' ? ENGLISH_RANK : null;
  if (!pattern) return [];
  const ordinals = language === 'de' ? GERMAN_ORDINALS : ENGLISH_ORDINALS;
  const out: Quantity[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = ordinals[(m[1] ?? '').toLowerCase()];
    const start = m.index ?? 0;
    if (value !== undefined) out.push({ text: m[0], value, unit: 'rank', kind: 'count', approx: false, start, end: start + m[0].length });
  }
  return out;
}

/**
 * The comparable figures of a text: the extractor's quantities (with the units it left out, lib/matching/figures.ts)
 * and the ranks it does not read, where no quantity stands already.
 */
export function figuresOf(t: Pick<MatchText, 'text' | 'language' | 'quantities'>): Figure[] {
  const overlaps = (r: Quantity): boolean => t.quantities.some((q) => q.start < r.end && r.start < q.end);
  const figures: Figure[] = [];
  for (const q of [...t.quantities, ...superlativeRanks(t.text, t.language).filter((r) => !overlaps(r))]) {
    const f = figureOf(q, t.text);
    if (f) figures.push(f);
  }
  return figures;
}
