import { quantityWords } from '../claims/quantities/quantity-words';
import type { Quantity } from '../claims/types';

/**
 * A quantity in comparable form: one dimension per thing measured, values in its base unit
 * ("1,5 GW" and "1500 MW" are both 1.5e9 of `measure-w`; "zwei Drittel" is 66.7 of `percent`).
 */
export interface Figure {
  dim: string;
  value: number;
  /** Upper end of a range. */
  max: number | null;
  /** Hedged ("rund", "about"), a fraction or a converted unit: agrees within a few percent. */
  loose: boolean;
  /** "mehr als", "up to": agrees within a few percent with a figure that is not the same kind of bound. */
  bound: 'at-least' | 'at-most' | null;
  /** A bare four-digit number ("Deutschland hat 2023 …") that may be a year: it also agrees with dates. */
  alsoYear: boolean;
  /** ISO date ("2022", "2022-11", "2022-11-24", "--11-24") for dates. */
  date: string | null;
  quantity: Quantity;
}

export type FigureRelation = 'same' | 'near' | 'conflict';

const MEASURES: Readonly<Record<string, readonly [string, number]>> = {
  km: ['m', 1000], m: ['m', 1], cm: ['m', 0.01], mm: ['m', 0.001], mile: ['m', 1609.344],
  kg: ['g', 1000], g: ['g', 1], t: ['g', 1e6],
  l: ['l', 1], m3: ['l', 1000],
  ha: ['ha', 1], km2: ['ha', 100], acre: ['ha', 0.404686],
  W: ['w', 1], kW: ['w', 1e3], MW: ['w', 1e6], GW: ['w', 1e9],
  kWh: ['wh', 1e3], MWh: ['wh', 1e6], GWh: ['wh', 1e9], TWh: ['wh', 1e12],
};

/** Durations in days, to compare "24 Monate" with "zwei Jahre". */
const DAYS: Readonly<Record<string, number>> = {
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5, century: 36525,
};

/** A plural scale alone ("Tausende", "thousands of"): no figure to agree on. */
function isVague(q: Quantity): boolean {
  return q.approx && !/\d/.test(q.text) && /^\p{L}+(?: of)?$/iu.test(q.text.trim());
}

function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** "Fr." or "sFr." for Swiss francs, not "Fr" in "Frauen" or "Freitag". */
const SWISS_FRANCS = /^[sS]?Fr\.(?!\p{L})/u;

/** Units the extractor does not read, as written after the number. */
const EXTRA_UNITS: ReadonlyArray<readonly [RegExp, string, Quantity['kind']]> = [
  [/^(?:square|sq\.?)\s+(?:kilometres|kilometers|kilometre|kilometer|km)\b/iu, 'km2', 'measure'],
  [/^(?:cubic)\s+(?:metres|meters|metre|meter)\b/iu, 'm3', 'measure'],
  [/^m\b(?![\p{L}.])/u, 'm', 'measure'],
  // "673 Mio. t": a sentence may end right after the ton.
  [/^t\b(?!\p{L})/u, 't', 'measure'],
  // "170 l/m²" of rain, which "170 Liter pro Quadratmeter" says with the unit the extractor reads.
  [/^l\s?\/\s?(?:m²|m2|qm)(?![\p{L}\d])/u, 'l', 'measure'],
  // "2,3 Mrd. €": the sign after the scale's abbreviation.
  [/^€/u, 'EUR', 'money'],
  // "169 Cent", "20 ct" and "50 Rappen": the hundredth of a euro and of a franc, which the extractor reads as a count.
  [/^(?:Cent|ct\.?)(?!\p{L})/u, 'EUR-cent', 'money'],
  [/^(?:Rappen|Rp\.)(?!\p{L})/u, 'CHF-cent', 'money'],
  // "80 Mio. Fr.": Swiss francs as Swiss text abbreviates them (also "sFr."), which the extractor does not read.
  [SWISS_FRANCS, 'CHF', 'money'],
];

/** Units the extractor does not read, as written before the number ("Fr. 8.80"). */
const UNITS_BEFORE: ReadonlyArray<readonly [RegExp, string, Quantity['kind']]> = [[/(?:^|[^\p{L}])[sS]?Fr\.\s?$/u, 'CHF', 'money']];

/** A date written in figures, as German does ("15.04.2023", "1.9.2022"), which the extractor reads as a count. */
function numericDateOf(q: Quantity): string | null {
  if (q.kind !== 'count' || q.unit !== null) return null;
  const m = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(q.text.trim());
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The unit written right before or after a unitless count ("Fr. 8.80", "157 m Höhe", "2.7 million square kilometres"). */
function unitAround(q: Quantity, text: string): { unit: string; kind: Quantity['kind'] } | null {
  if (q.kind !== 'count' || q.unit !== null || !text) return null;
  const before = text.slice(Math.max(0, q.start - 8), q.start);
  for (const [pattern, unit, kind] of UNITS_BEFORE) if (pattern.test(before)) return { unit, kind };
  const after = text.slice(q.end, q.end + 40).replace(/^\s+/, '');
  if (after.length === 0 || text.slice(q.end, q.end + 1).trim() !== '') return null;
  for (const [pattern, unit, kind] of EXTRA_UNITS) if (pattern.test(after)) return { unit, kind };
  const word = /^[\p{L}²³/]+/u.exec(after)?.[0]?.toLowerCase();
  if (!word || word.length < 2) return null;
  const info = quantityWords.units.get(word);
  return info ? { unit: info.unit, kind: info.kind } : null;
}

/**
 * The comparable form of an extracted quantity, or null when it gives no figure (a bare scale).
 * `text` is the wording the quantity was read from, for a unit the extractor left out.
 */
export function figureOf(q: Quantity, text = ''): Figure | null {
  if (!Number.isFinite(q.value) || isVague(q)) return null;
  const written = numericDateOf(q);
  if (written) return { dim: 'date', value: Number(written.slice(0, 4)), max: null, loose: false, bound: null, alsoYear: false, date: written, quantity: q };
  const around = unitAround(q, text);
  const unit = around ? around.unit : q.unit;
  const kind = around ? around.kind : q.kind;
  const max = q.max !== undefined && Number.isFinite(q.max) ? q.max : null;
  const bound = q.bound ?? null;
  const alsoYear = kind === 'count' && unit === null && !q.approx && bound === null && /^\d{4}$/.test(q.text.trim()) && q.value >= 1900 && q.value <= 2100;
  const make = (dim: string, factor: number, extraLoose = false): Figure => ({
    dim,
    value: clean(q.value * factor),
    max: max === null ? null : clean(max * factor),
    loose: q.approx || extraLoose,
    bound,
    alsoYear,
    date: null,
    quantity: q,
  });
  switch (kind) {
    case 'date':
      return { dim: 'date', value: q.value, max: null, loose: q.approx, bound, alsoYear: false, date: q.date ?? String(q.value), quantity: q };
    case 'percent':
      if (unit === 'fraction') return make('percent', 100, true);
      if (unit === 'percentage-point') return make('percent-points', 1);
      if (unit === 'basis-point') return make('percent-points', 0.01);
      return make('percent', 1);
    case 'money':
      // "169 Cent" are 1,69 Euro.
      if (unit?.endsWith('-cent')) return make(`money-${unit.slice(0, -5).toLowerCase()}`, 0.01);
      return make(`money-${(unit ?? 'unknown').toLowerCase()}`, 1);
    case 'measure': {
      const base = unit ? MEASURES[unit] : undefined;
      if (base) return make(`measure-${base[0]}`, base[1], unit === 'mile' || unit === 'acre');
      return make(`measure-${(unit ?? 'unknown').toLowerCase()}`, 1);
    }
    case 'duration':
      return make(`duration-${unit ?? 'unknown'}`, 1);
    case 'age':
      return make('age', 1);
    case 'count':
      return make(unit && unit !== 'count' ? `count-${unit.toLowerCase()}` : 'count', 1);
  }
  return null;
}

/**
 * How telling an agreement on this figure is: "2.788" or "1,35" say more than "2 Millionen" or
 * "die Hälfte", which many claims share by chance. 1 for three or more significant digits.
 */
export function specificityOf(f: Figure): number {
  if (f.dim === 'date' || f.alsoYear) return 1;
  const digits = Math.min(significantDigits(f.value), f.max === null ? Number.POSITIVE_INFINITY : significantDigits(f.max));
  return digits >= 3 ? 1 : digits === 2 ? 0.85 : 0.65;
}

/** A possible year read as the date it may be. */
function asDate(f: Figure): Figure {
  return f.alsoYear ? { ...f, dim: 'date', date: String(f.value) } : f;
}

export function significantDigits(n: number): number {
  if (n === 0) return 1;
  const digits = Math.abs(n).toExponential().split('e')[0]?.replace('.', '').replace(/0+$/, '') ?? '';
  return Math.max(1, digits.length);
}

function roundTo(n: number, digits: number): number {
  return Number(n.toPrecision(Math.min(21, Math.max(1, digits))));
}

/** Values in one unit where the dimensions differ only in the unit of time ("24 Monate", "2 Jahre"). */
function inCommonUnit(a: Figure, b: Figure): [number, number, number | null, number | null, boolean] | null {
  if (a.dim === b.dim) return [a.value, b.value, a.max, b.max, false];
  const years = (f: Figure): boolean => f.dim === 'age' || f.dim === 'duration-year';
  if (years(a) && years(b)) return [a.value, b.value, a.max, b.max, false];
  if (a.dim.startsWith('duration-') && b.dim.startsWith('duration-')) {
    const da = DAYS[a.dim.slice(9)];
    const db = DAYS[b.dim.slice(9)];
    if (da === undefined || db === undefined) return null;
    const scale = (v: number | null, d: number): number | null => (v === null ? null : v * d);
    return [a.value * da, b.value * db, scale(a.max, da), scale(b.max, db), true];
  }
  return null;
}

/** The widest a hedge stretches a figure, and the least. */
const MAX_TOLERANCE = 0.05;
const MIN_TOLERANCE = 0.02;
/**
 * The least for a figure stated to three digits or more: "rund 134.400" is a count given to the hundred, which does not
 * stretch to 136.900, and "rund 356 000" not to 361.000.
 */
const MIN_PRECISE_TOLERANCE = 0.01;

/** Half a unit of the last stated digit, relative to the value, between 2 (1 from three digits) and 5 %; 0 for exact figures. */
function toleranceOf(f: Figure): number {
  if (!f.loose) return 0;
  // "ein Drittel" is said for 32 % as much as for 33.3 %: a fraction rounds as a one-digit figure does.
  if (f.value === 0 || f.quantity.unit === 'fraction') return MAX_TOLERANCE;
  const digits = significantDigits(f.value);
  const lastUnit = 10 ** (Math.floor(Math.log10(Math.abs(f.value))) - digits + 1);
  const least = digits >= 3 ? MIN_PRECISE_TOLERANCE : MIN_TOLERANCE;
  return Math.min(MAX_TOLERANCE, Math.max(least, (0.5 * lastUnit) / Math.abs(f.value)));
}

/** Hedges that put the figure a little below what it says ("knapp ein Drittel", "fast 2 Millionen"), or a little above. */
const BELOW_HEDGE = /^(?:knapp|fast|beinahe|nahezu|nearly|almost|just under)\s/iu;
const ABOVE_HEDGE = /^(?:gut|etwas mehr als|just over|a little over)\s/iu;
/** How much further a hedge stretches a figure on the side it points to. */
const DIRECTED_HEDGE_FACTOR = 1.5;

/** Whether the higher figure is hedged downwards or the lower upwards: "knapp ein Drittel" for 30 %, "gut 16 GW" for 16.2 GW. */
function hedgedTowards(low: Figure, high: Figure): boolean {
  return BELOW_HEDGE.test(high.quantity.text.trim()) || ABOVE_HEDGE.test(low.quantity.text.trim());
}

function relativeGap(x: number, y: number): number {
  const m = Math.max(Math.abs(x), Math.abs(y));
  return m === 0 ? 0 : Math.abs(x - y) / m;
}

function compareDates(a: Figure, b: Figure): FigureRelation {
  const pa = (a.date ?? '').split('-');
  const pb = (b.date ?? '').split('-');
  // "--11-24" has no year: split gives ['', '', '11', '24'].
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (!x || !y) continue;
    if (x !== y) return 'conflict';
  }
  return 'same';
}

/**
 * How two figures relate: the same (equal; or, when one is hedged, within what its stated digits
 * round from, 2 to 5 %, half as far again on the side a hedge points to, "knapp" below and "gut" above; within
 * 5 % when converted or a bound the other is not; near a little beyond),
 * near (rounded: "1,98 Millionen" against "2 Millionen", within 3 % and consistent with rounding),
 * in conflict (same dimension, other value), or null when they measure different things.
 */
export function compareFigures(a: Figure, b: Figure): FigureRelation | null {
  if (a.dim === 'date' || b.dim === 'date') {
    const [x, y] = [asDate(a), asDate(b)];
    return x.dim === 'date' && y.dim === 'date' ? compareDates(x, y) : null;
  }
  const common = inCommonUnit(a, b);
  if (!common) return null;
  const [x, y, xMax, yMax, converted] = common;
  // Two bounds of one kind ("more than 38,000", "more than 40,000") are two statements; a bound and a number may be one.
  const loose = a.loose || b.loose || converted || a.bound !== b.bound;
  // Ranges agree when they overlap (within tolerance); a point agrees with a range containing it.
  const lo1 = x, hi1 = xMax ?? x, lo2 = y, hi2 = yMax ?? y;
  const gap = Math.max(0, lo2 - hi1, lo1 - hi2);
  const scale = Math.max(Math.abs(hi1), Math.abs(hi2), Math.abs(lo1), Math.abs(lo2));
  const rel = scale === 0 ? 0 : gap / scale;
  if (rel === 0) return relativeGap(lo1, lo2) === 0 && relativeGap(hi1, hi2) === 0 ? 'same' : 'near';
  if (loose) {
    // A hedge covers what the stated digits round from: "rund 2 Millionen" a few percent, "rund 2,7 Millionen" less.
    const base = converted || a.bound !== b.bound ? MAX_TOLERANCE : Math.max(toleranceOf(a), toleranceOf(b));
    const [low, high] = lo1 <= lo2 ? [a, b] : [b, a];
    const tolerance = hedgedTowards(low, high) ? base * DIRECTED_HEDGE_FACTOR : base;
    return rel <= tolerance ? 'same' : rel <= tolerance * 1.4 ? 'near' : 'conflict';
  }
  // Both exact: one may be the other rounded ("2 Millionen" for 1.98 million).
  const digits = Math.min(significantDigits(x), significantDigits(y));
  if (rel <= 0.03 && roundTo(x, digits) === roundTo(y, digits)) return 'near';
  return 'conflict';
}

function formatNumber(n: number): string {
  return String(clean(n));
}

/** Rounded to two significant digits, down and up: the buckets approximate figures meet in. */
function buckets(n: number): number[] {
  if (n === 0) return [0];
  const exp = Math.floor(Math.log10(Math.abs(n))) - 1;
  const step = 10 ** exp;
  const down = clean(Math.floor(n / step) * step);
  const up = clean(Math.ceil(n / step) * step);
  return down === up ? [down] : [down, up];
}

/**
 * The language-free retrieval keys of one figure: the exact value ("q:count:2000000"), and for
 * figures that may be rounded, two-digit buckets ("q:count:~2000000") so that "1,98 Millionen"
 * and "rund zwei Millionen" share one. Dates give their ISO form and their year.
 */
export function figureKeys(f: Figure): string[] {
  if (f.alsoYear) return [`q:${f.dim}:${formatNumber(f.value)}`, `q:date:${formatNumber(f.value)}`];
  if (f.dim === 'date') {
    const date = f.date ?? formatNumber(f.value);
    const year = /^\d{4}/.exec(date)?.[0];
    return year && year !== date ? [`q:date:${date}`, `q:date:${year}`] : [`q:date:${date}`];
  }
  const out = [`q:${f.dim}:${formatNumber(f.value)}`];
  if (f.max !== null) out.push(`q:${f.dim}:${formatNumber(f.max)}`);
  if (f.dim === 'age' || f.dim === 'duration-year') {
    // "69-jährige" reads as a duration, "69 years old" as an age.
    if (Number.isInteger(f.value) && f.value <= 120) out.push(f.dim === 'age' ? `q:duration-year:${f.value}` : `q:age:${f.value}`);
    return out;
  }
  for (const b of buckets(f.value)) out.push(`q:${f.dim}:~${formatNumber(b)}`);
  return out;
}
