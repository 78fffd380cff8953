/** How often a table's rows hold each term (lexeme or match key), from PostgreSQL's statistics. */
export interface TermFrequencies {
  /** Rows in the table, as ANALYZE last counted them. */
  rows: number;
  /** Fraction of rows holding the term, for the most common terms. */
  common: ReadonlyMap<string, number>;
  /** The least frequency among the common terms: an upper bound for every other term. 0 without statistics. */
  rare: number;
}

export const NO_FREQUENCIES: TermFrequencies = { rows: 0, common: new Map(), rare: 0 };

export interface RetrievalTerms {
  /** Terms rare enough to fetch by alone. */
  singles: string[];
  /** Pairs of terms, neither rare enough alone, found together in few rows. */
  pairs: Array<[string, string]>;
}

export interface RetrievalBudget {
  /** A condition is taken only if it should bring at most this many rows. */
  rowsPerCondition: number;
  /** And only while all taken so far should bring at most this many. */
  rowsInAll: number;
  /** At most this many pairs (each is an index lookup). */
  maxPairs: number;
  /**
   * Terms in more than this share of rows never pair: reading their long index entries costs
   * more than they narrow anything down ("report", "Millionen").
   */
  maxShareInPair: number;
}

/**
 * The conditions a candidate query fetches by: rare terms alone, and pairs of commoner ones, in
 * order of how few rows each should bring (pairs estimated as if their terms were independent),
 * within the budget. Which terms may pair is the caller's say (figures of one kind do not).
 * Pure: the frequencies come from pg_stats (see find-term-frequencies.ts).
 */
export function chooseRetrievalTerms(
  terms: readonly string[],
  frequencies: TermFrequencies,
  budget: RetrievalBudget,
  mayPair: (a: string, b: string) => boolean = () => true,
): RetrievalTerms {
  const unique = [...new Set(terms)];
  const share = (term: string) => frequencies.common.get(term) ?? frequencies.rare;
  const rows = (fraction: number) => fraction * frequencies.rows;
  const singles = unique.filter((term) => rows(share(term)) <= budget.rowsPerCondition).sort((a, b) => share(a) - share(b) || a.localeCompare(b));
  let spent = 0;
  const takenSingles: string[] = [];
  for (const term of singles) {
    // The rarest term is always taken: without it nothing would be fetched by words at all.
    if (takenSingles.length > 0 && spent + rows(share(term)) > budget.rowsInAll) break;
    takenSingles.push(term);
    spent += rows(share(term));
  }
  const rest = unique.filter((term) => !takenSingles.includes(term) && share(term) <= budget.maxShareInPair);
  const candidates: Array<{ pair: [string, string]; fraction: number }> = [];
  rest.forEach((a, index) =>
    rest.slice(index + 1).forEach((b) => {
      if (mayPair(a, b)) candidates.push({ pair: a < b ? [a, b] : [b, a], fraction: share(a) * share(b) });
    }),
  );
  candidates.sort((x, y) => x.fraction - y.fraction || x.pair.join().localeCompare(y.pair.join()));
  const pairs: Array<[string, string]> = [];
  for (const { pair, fraction } of candidates) {
    if (pairs.length >= budget.maxPairs || rows(fraction) > budget.rowsPerCondition) break;
    if (spent + rows(fraction) > budget.rowsInAll) break;
    pairs.push(pair);
    spent += rows(fraction);
  }
  return { singles: takenSingles, pairs };
}
