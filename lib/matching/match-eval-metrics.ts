import type { PairKind, PairSplit } from './read-match-pairs';

/** Where one query's match came in: 1 for first, null when it was not returned at all. */
export interface QueryOutcome {
  split: PairSplit;
  kind: PairKind;
  rank: number | null;
}

export interface EvalRow {
  split: PairSplit;
  kind: PairKind | 'all';
  queries: number;
  /** Share of queries whose match ranks first. */
  precisionAt1: number;
  /** Share of queries whose match is among the first five (one relevant item per query). */
  recallAt5: number;
  /** Mean reciprocal rank (0 for a match not returned). */
  mrr: number;
}

/** The targets of issue 11. */
export const MATCH_TARGETS = { sameLanguage: { precisionAt1: 0.9, recallAt5: 0.95 }, crossLanguage: { recallAt5: 0.7 } } as const;

function row(split: PairSplit, kind: PairKind | 'all', outcomes: readonly QueryOutcome[]): EvalRow {
  const n = outcomes.length;
  const share = (f: (o: QueryOutcome) => boolean): number => (n === 0 ? 0 : Math.round((outcomes.filter(f).length / n) * 1000) / 1000);
  const mrr = n === 0 ? 0 : Math.round((outcomes.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / n) * 1000) / 1000;
  return { split, kind, queries: n, precisionAt1: share((o) => o.rank === 1), recallAt5: share((o) => o.rank !== null && o.rank <= 5), mrr };
}

/** P@1, R@5 and MRR per split and kind (de, en, cross, all), dev before test. */
export function summarizeOutcomes(outcomes: readonly QueryOutcome[]): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const split of ['dev', 'test'] as const) {
    const inSplit = outcomes.filter((o) => o.split === split);
    if (inSplit.length === 0) continue;
    for (const kind of ['de', 'en', 'cross'] as const) {
      const some = inSplit.filter((o) => o.kind === kind);
      if (some.length > 0) rows.push(row(split, kind, some));
    }
    rows.push(row(split, 'all', inSplit));
  }
  return rows;
}

/** Whether a row meets its target: P@1 and R@5 for one language, R@5 across languages. */
export function meetsTarget(r: EvalRow): boolean | null {
  if (r.kind === 'cross') return r.recallAt5 >= MATCH_TARGETS.crossLanguage.recallAt5;
  if (r.kind === 'de' || r.kind === 'en') return r.precisionAt1 >= MATCH_TARGETS.sameLanguage.precisionAt1 && r.recallAt5 >= MATCH_TARGETS.sameLanguage.recallAt5;
  return null;
}
