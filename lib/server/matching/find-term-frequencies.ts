import { db } from '@/lib/db';
import { env } from '@/lib/config/env';
import { NO_FREQUENCIES, type TermFrequencies } from './retrieval-terms';

export interface ArchiveFrequencies {
  claimWords: TermFrequencies;
  claimKeys: TermFrequencies;
  factCheckWords: TermFrequencies;
  factCheckKeys: TermFrequencies;
}

interface StatsRow {
  table: string;
  column: string;
  elements: string[] | null;
  frequencies: number[] | null;
  rows: number;
}

/** Statistics change with ANALYZE (autovacuum, after many writes): a few minutes' delay costs nothing. */
const CACHE_MS = 5 * 60_000;
let cached: { schema: string; at: number; value: ArchiveFrequencies } | undefined;

function frequenciesOf(row: StatsRow | undefined): TermFrequencies {
  if (!row?.elements?.length || !row.frequencies) return row ? { ...NO_FREQUENCIES, rows: row.rows } : NO_FREQUENCIES;
  const { elements, frequencies } = row;
  const common = new Map<string, number>();
  elements.forEach((element, index) => common.set(element, frequencies[index] ?? 0));
  // After one frequency per element PostgreSQL appends the least and the greatest of them (and, for arrays, the share of nulls).
  const least = frequencies[elements.length] ?? Math.min(...frequencies.slice(0, elements.length));
  return { rows: row.rows, common, rare: least };
}

/**
 * How common each lexeme and each match key is in claims and fact-checks, from what ANALYZE
 * keeps in pg_stats (the most common elements of the tsvector and text[] columns): the candidate
 * query fetches by rare terms and pairs of commoner ones. Without statistics yet (a new or small
 * archive) every term counts as rare.
 */
export async function findTermFrequencies(): Promise<ArchiveFrequencies> {
  const schema = env().DATABASE_SCHEMA ?? 'public';
  if (cached && cached.schema === schema && Date.now() - cached.at < CACHE_MS) return cached.value;
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT c.relname AS "table", s.attname AS "column", s.most_common_elems::text::text[] AS elements,
      s.most_common_elem_freqs::float8[] AS frequencies, GREATEST(c.reltuples, 0)::float8 AS rows
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname IN ('searchVector', 'matchKeys')
    WHERE n.nspname = ${schema} AND c.relname IN ('Claim', 'ExternalFactCheck')`;
  const find = (table: string, column: string) => rows.find((row) => row.table === table && row.column === column) ?? rows.find((row) => row.table === table && row.column === null);
  const value = {
    claimWords: frequenciesOf(find('Claim', 'searchVector')),
    claimKeys: frequenciesOf(find('Claim', 'matchKeys')),
    factCheckWords: frequenciesOf(find('ExternalFactCheck', 'searchVector')),
    factCheckKeys: frequenciesOf(find('ExternalFactCheck', 'matchKeys')),
  };
  cached = { schema, at: Date.now(), value };
  return value;
}
