import { articleOnes, parseNumberWord } from '../claims/quantities/number-words';
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

/** A small count as digits or a word ("drei", "einer", "a"), by the extractor's number words; NaN for any other word. */
function countOf(word: string | undefined, language: string): number {
  if (word === undefined) return NaN;
  if (/^\d/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  return articleOnes.has(lower) ? 1 : (parseNumberWord(lower, language) ?? NaN);
}

const COUNT = '(\\d{1,4}|\\p{L}+)';
/** "drei von vier", "9 von 10"; "three in four", "one out of five". */
const GERMAN_SHARE = new RegExp(`(?<![\\p{L}\\d.,])${COUNT} von ${COUNT}(?![\\p{L}\\d]|[.,]\\d)`, 'giu');
const ENGLISH_SHARE = new RegExp(`(?<![\\p{L}\\d.,])${COUNT} (?:in|out of) ${COUNT}(?![\\p{L}\\d]|[.,]\\d)`, 'giu');

/** The wholes a share is said of; "acht von 34 Spielen" counts games. */
const SHARE_WHOLES: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000]);

/**
 * A share written as "drei von vier" or "three in four", which the extractor reads as two counts: a fraction, as it reads
 * "jeder Vierte", so that it meets "75 Prozent". Only a part smaller than a round whole.
 */
function sharesOf(text: string, language: string): Quantity[] {
  const pattern = language === 'de' ? GERMAN_SHARE : language === 'en' ? ENGLISH_SHARE : null;
  if (!pattern) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(pattern)) {
    const [part, whole] = [countOf(m[1], language), countOf(m[2], language)];
    if (!(part >= 1 && part < whole && SHARE_WHOLES.has(whole))) continue;
    const start = m.index ?? 0;
    out.push({ text: m[0], value: part / whole, unit: 'fraction', kind: 'percent', approx: false, start, end: start + m[0].length });
  }
  return out;
}

/**
 * Years said relative to when the text was written, with how far back or ahead: "im vergangenen Jahr", "vor fünf
 * Jahren", "heuer", "last year". Not "im Vorjahr" or "im Jahr davor", which are often the year before another the
 * text names ("22 Prozent mehr als im Vorjahr").
 */
const RELATIVE_YEARS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, number | null]>>> = {
  de: [
    // Not before the year itself ("im abgelaufenen Jahr 2024"), which the extractor reads.
    [/(?<!\p{L})(?:vergangene[nms]?|letzte[nms]?|abgelaufene[nms]?) Jahr(?:es)?(?!\p{L}|\s(?:19|20)\d\d)/giu, -1],
    [/(?<!\p{L})(?:kommende[nms]?|nächste[nms]?) Jahr(?:es)?(?!\p{L}|\s(?:19|20)\d\d)/giu, 1],
    [/(?<!\p{L})(?:(?:in )?diesem Jahr|dieses Jahr(?:es)?|heuer)(?!\p{L})/giu, 0],
    [/(?<!\p{L})vor (\d{1,2}|\p{L}+) Jahren(?!\p{L})/giu, null],
  ],
  en: [
    [/\blast year\b/gi, -1],
    [/\bnext year\b/gi, 1],
    [/\bthis year\b/gi, 0],
    [/\b(\d{1,2}|\p{L}+) years? ago\b/giu, null],
  ],
};

/**
 * The years a text names relative to its date, as dates, which the extractor reads as durations if at all: "im
 * vergangenen Jahr" written in 2025 says 2024, as "2024" would. None without the text's date.
 */
function relativeYearsOf(text: string, language: string, date: Date | null): Quantity[] {
  const patterns = RELATIVE_YEARS[language];
  if (!patterns || !date) return [];
  const out: Quantity[] = [];
  for (const [pattern, offset] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const shift = offset ?? -countOf(m[1], language);
      if (!Number.isInteger(shift)) continue;
      const year = date.getUTCFullYear() + shift;
      const start = m.index ?? 0;
      out.push({ text: m[0], value: year, unit: 'date', kind: 'date', approx: false, start, end: start + m[0].length, date: String(year) });
    }
  }
  return out;
}

/** "ein Dutzend", "zwei Dutzend", "ein halbes Dutzend"; "a dozen", "half a dozen". Not "Dutzende", "dozens of", which say no figure. */
const GERMAN_DOZENS = /(?<!\p{L})(ein|einem|einer|eines|ein halbes|zwei|drei|vier|fünf) Dutzend(?!\p{L})/giu;
const ENGLISH_DOZENS = /\b(a|one|half a|two|three|four|five) dozen\b/gi;
const DOZENS: Readonly<Record<string, number>> = {
  ein: 1, einem: 1, einer: 1, eines: 1, 'ein halbes': 0.5, zwei: 2, drei: 3, vier: 4, fünf: 5, a: 1, one: 1, 'half a': 0.5, two: 2, three: 3, four: 4, five: 5,
};

/** Dozens as the count they say ("ein Dutzend Kommunen" are zwölf), hedged: a dozen is often a round figure. */
function dozensOf(text: string, language: string): Quantity[] {
  const pattern = language === 'de' ? GERMAN_DOZENS : language === 'en' ? ENGLISH_DOZENS : null;
  if (!pattern) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(pattern)) {
    const times = DOZENS[(m[1] ?? '').toLowerCase()];
    if (times === undefined) continue;
    const start = m.index ?? 0;
    out.push({ text: m[0], value: 12 * times, unit: null, kind: 'count', approx: true, start, end: start + m[0].length });
  }
  return out;
}

/**
 * The comparable figures of a text: the extractor's quantities (with the units it left out, lib/matching/figures.ts),
 * the ranks it does not read, where no quantity stands already, and shares ("drei von vier"), dozens and years relative
 * to the text's date ("im vergangenen Jahr", "vor fünf Jahren") in place of what it reads in them.
 */
export function figuresOf(t: Pick<MatchText, 'text' | 'language' | 'quantities'> & { date?: Date | null }): Figure[] {
  const read = [...sharesOf(t.text, t.language), ...dozensOf(t.text, t.language), ...relativeYearsOf(t.text, t.language, t.date ?? null)];
  const overlapping = (a: Quantity, b: Quantity): boolean => a.start < b.end && b.start < a.end;
  const quantities = [...t.quantities.filter((q) => !read.some((s) => overlapping(q, s))), ...read];
  const figures: Figure[] = [];
  for (const q of [...quantities, ...superlativeRanks(t.text, t.language).filter((r) => !quantities.some((q) => overlapping(q, r)))]) {
    const f = figureOf(q, t.text);
    if (f) figures.push(f);
  }
  return figures;
}
