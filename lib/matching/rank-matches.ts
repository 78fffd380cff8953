import { contentWords } from './content-words';
import { compareFigures, figureOf, type Figure, type FigureRelation } from './figures';
import { nameKeys } from './match-keys';
import type { MatchCandidate, MatchReason, MatchText, RankedMatch } from './match-types';

export interface RankOptions {
  /** For recency; defaults to the current time. */
  now?: Date;
  /** How many to return, best first; all by default. */
  limit?: number;
}

/** How much each signal weighs; same-language and cross-language matches weigh words differently. */
const WEIGHTS = {
  same: { figures: 0.32, names: 0.22, words: 0.3, type: 0.04, trigram: 0.07, textRank: 0.03, recency: 0.02 },
  cross: { figures: 0.45, names: 0.35, words: 0.1, type: 0.06, trigram: 0, textRank: 0, recency: 0.04 },
} as const;

/** A figure that contradicts the subject costs more than an agreeing one earns. */
const CONFLICT_PENALTY = 1.2;
/** Dates agree often by chance (many claims are about one year): half weight. */
const DATE_WEIGHT = 0.5;
/** The score from which a match is marked strong, provided a figure or a name backs it. */
export const STRONG_SCORE = 0.55;
/** Half-life of recency in days. */
const RECENCY_HALF_LIFE_DAYS = 365;

interface Prepared {
  figures: Figure[];
  names: Map<string, string>;
  words: Map<string, string>;
}

function prepare(t: MatchText): Prepared {
  const figures: Figure[] = [];
  for (const q of t.quantities) {
    const f = figureOf(q);
    if (f) figures.push(f);
  }
  const words = new Map<string, string>();
  for (const w of contentWords(t.text, t.language)) words.set(w.stem, w.text);
  return { figures, names: nameKeys(t), words };
}

const CREDIT: Record<FigureRelation, number> = { same: 1, near: 0.6, conflict: -CONFLICT_PENALTY };

interface FigureOutcome {
  score: number | null;
  reasons: MatchReason[];
  agreeing: number;
  conflicting: number;
}

/** The best relation of a figure to any of the other side's; null when none measures the same thing. */
function bestRelation(f: Figure, others: readonly Figure[]): { relation: FigureRelation; other: Figure } | null {
  let best: { relation: FigureRelation; other: Figure } | null = null;
  for (const o of others) {
    const r = compareFigures(f, o);
    if (!r) continue;
    if (!best || CREDIT[r] > CREDIT[best.relation]) best = { relation: r, other: o };
  }
  return best;
}

function compareAllFigures(a: readonly Figure[], b: readonly Figure[]): FigureOutcome {
  const reasons: MatchReason[] = [];
  if (a.length === 0 && b.length === 0) return { score: null, reasons, agreeing: 0, conflicting: 0 };
  let sum = 0;
  let total = 0;
  let agreeing = 0;
  let conflicting = 0;
  const visit = (from: readonly Figure[], to: readonly Figure[], fromSubject: boolean): void => {
    for (const f of from) {
      const w = f.dim === 'date' ? DATE_WEIGHT : 1;
      total += w;
      const best = bestRelation(f, to);
      if (!best) continue;
      sum += w * CREDIT[best.relation];
      if (!fromSubject) continue;
      const [text, otherText] = [f.quantity.text, best.other.quantity.text];
      if (best.relation === 'conflict') {
        conflicting += w;
        reasons.push({ kind: 'other-figure', text, otherText });
      } else {
        agreeing += w;
        reasons.push({ kind: 'same-figure', text, otherText });
      }
    }
  };
  visit(a, b, true);
  visit(b, a, false);
  return { score: total === 0 ? null : Math.max(-1, sum / total), reasons, agreeing, conflicting };
}

function dice(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): { score: number | null; shared: string[] } {
  if (a.size === 0 && b.size === 0) return { score: null, shared: [] };
  const shared: string[] = [];
  for (const [k, text] of a) if (b.has(k)) shared.push(text);
  return { score: (2 * shared.length) / (a.size + b.size), shared };
}

function recencyOf(date: Date | null, now: Date): number {
  if (!date) return 0;
  const days = Math.max(0, (now.getTime() - date.getTime()) / 86_400_000);
  return 0.5 ** (days / RECENCY_HALF_LIFE_DAYS);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface Scored extends RankedMatch {
  date: number;
}

function rankOne(subject: MatchText, s: Prepared, c: MatchCandidate, now: Date): Scored {
  const p = prepare(c);
  const crossLanguage = subject.language !== c.language && subject.language !== 'und' && c.language !== 'und';
  const w = crossLanguage ? WEIGHTS.cross : WEIGHTS.same;
  const figures = compareAllFigures(s.figures, p.figures);
  const names = dice(s.names, p.names);
  const words = dice(s.words, p.words);
  const sameType = subject.type !== null && subject.type === c.type;

  // Signals neither side has (no figures at all, no names at all) drop out, the rest count for more.
  let raw = 0;
  let weight = 0;
  const add = (value: number | null, wt: number): void => {
    if (value === null || wt === 0) return;
    raw += value * wt;
    weight += wt;
  };
  add(figures.score, w.figures);
  add(names.score, w.names);
  add(words.score, w.words);
  add(sameType ? 1 : 0, w.type);
  add(clamp01(c.trigram), w.trigram);
  add(c.textRank > 0 ? c.textRank / (c.textRank + 0.1) : 0, w.textRank);
  add(recencyOf(c.date, now), w.recency);
  const score = round3(clamp01(weight === 0 ? 0 : raw / weight));

  const reasons: MatchReason[] = [...figures.reasons];
  for (const key of s.names.keys()) if (p.names.has(key)) reasons.push({ kind: 'same-name', name: s.names.get(key) ?? key });
  if (words.shared.length > 0) reasons.push({ kind: 'same-words', words: words.shared.slice(0, 6) });
  if (sameType) reasons.push({ kind: 'same-type' });
  if (crossLanguage) reasons.push({ kind: 'cross-language' });

  const backed = figures.agreeing > 0 || (names.shared.length > 0 && (words.score ?? 0) >= 0.4);
  const strong = score >= STRONG_SCORE && backed && figures.conflicting === 0;
  return { key: c.key, score, strong, crossLanguage, reasons, date: c.date?.getTime() ?? 0 };
}

/**
 * Re-ranks the archive's candidates for one claim with what the extractor read: shared figures
 * (value and unit, hedges allowed a few percent), shared names (one key for German and English
 * spellings), shared words, the claim type, PostgreSQL's text rank and trigram similarity, and
 * recency. Best first; ties go to the more recent, then to the key. Each match says why.
 */
export function rankMatches(subject: MatchText, candidates: readonly MatchCandidate[], options: RankOptions = {}): RankedMatch[] {
  const now = options.now ?? new Date();
  const s = prepare(subject);
  const scored = candidates.map((c) => rankOne(subject, s, c, now));
  scored.sort((a, b) => b.score - a.score || b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const limit = options.limit === undefined ? scored.length : Math.max(0, Math.floor(options.limit));
  return scored.slice(0, limit).map(({ date: _date, ...match }) => match);
}
