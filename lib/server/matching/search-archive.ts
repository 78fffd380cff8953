import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { SYNONYM_KEY_PREFIX } from '@/lib/matching/match-keys';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';
import { claimScopeSql } from '@/lib/server/claims/claim-scope';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ArchiveSearch } from '@/lib/validations/search';
import type { ArchiveKind } from './archive-key';
import { keyFamily } from './match-candidates-sql';
import { listArchiveEntries, type ArchiveEntry } from './list-archive-entries';

export const SEARCH_PAGE_SIZE = 20;

export type SearchResult = ArchiveEntry & { score: number };

interface HitRow {
  kind: ArchiveKind;
  id: string;
  score: number;
  total: bigint | number;
  /** A table found more rows than are ranked: the total is a lower bound. */
  capped: boolean;
}

/**
 * The keys of what was typed, read as German and as English: a few words rarely tell their
 * language, and each reading finds its figures ("2 Millionen", "two million") and names. Synonym
 * keys are left to the full text: asking for them too would lose the English rows with the figures.
 */
function queryReadings(q: string): string[][] {
  return ['de', 'en']
    .map((language) => claimMatchKeys(matchTextOf(q, language)).matchKeys.filter((key) => !key.startsWith(SYNONYM_KEY_PREFIX)))
    .filter((keys) => keys.length > 0);
}

/**
 * The header's search: claims (those the viewer may see, in any status) and external fact-checks
 * that contain all the words (full text in German, English and unstemmed, so either language's
 * wording is found) or all the figures and names typed (match keys, across languages); when
 * nothing is found so, those containing the typed text nearly (trigram word similarity, for a
 * misspelt name). Best first, a page at a time; a query that finds more than a table's cap ranks
 * that many and says so (`capped`).
 */
export async function searchArchive(viewer: Pick<PublicUser, 'id' | 'role'>, { q, page }: ArchiveSearch) {
  const readings = queryReadings(q);
  const find = (by: 'exact' | 'near') => db.$queryRaw<HitRow[]>`
    WITH hits AS (
      ${hitsSql('claim', q, readings, viewer, by)}
      UNION ALL
      ${hitsSql('factcheck', q, readings, viewer, by)}
    )
    SELECT kind, id, score::float8 AS score, count(*) OVER () AS total, bool_or(capped) OVER () AS capped FROM hits
    ORDER BY score DESC, at DESC, id
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  let rows = await find('exact');
  // A misspelt name finds nothing exactly; its near spellings are the dearer search, asked only then.
  if (rows.length === 0 && page === 1 && q.replace(/\s/g, '').length >= MIN_TRIGRAM_LENGTH) rows = await find('near');
  const entries = await listArchiveEntries(viewer, rows);
  const results: SearchResult[] = rows.flatMap((row) => {
    const entry = entries.get(`${row.kind}:${row.id}`);
    return entry ? [{ ...entry, score: Number(row.score) }] : [];
  });
  const total = rows.length ? Number(rows[0]?.total) : 0;
  return { q, results, total, capped: Boolean(rows[0]?.capped), page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

/**
 * Rows considered per table: a query that finds more ("the", a year) is too broad to rank
 * anyway, and scoring every row it finds would cost seconds on a large archive.
 */
const SEARCH_CAP = 500;
/** Shorter words than this are found by full text only: their trigrams are in half the archive. */
const MIN_TRIGRAM_LENGTH = 4;

/** One table's rows found by the words or the figures and names (`exact`), or by a near spelling (`near`), with their score. */
function hitsSql(kind: ArchiveKind, q: string, readings: readonly string[][], viewer: Pick<PublicUser, 'id' | 'role'>, by: 'exact' | 'near'): Prisma.Sql {
  const alias = kind === 'claim' ? 'c' : 'f';
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const vector = column('"searchVector"');
  const text = column(kind === 'claim' ? 'text' : '"claimReviewed"');
  const matchKeys = column('"matchKeys"');
  const at = column(kind === 'claim' ? '"updatedAt"' : '"createdAt"');
  const configs = ['german', 'english', 'simple'].map((config) => Prisma.sql`websearch_to_tsquery(${config}::regconfig, ${q})`);
  const words = Prisma.join(configs.map((query) => Prisma.sql`${vector} @@ ${query}`), ' OR ');
  const wordRank = Prisma.join(configs.map((query) => Prisma.sql`ts_rank(found."searchVector", ${query})`), ' + ');
  // Every figure and name of a reading, as search engines take every word: one key of each family suffices.
  const allOf = (keys: readonly string[]) =>
    Prisma.join(
      [...new Set(keys.map(keyFamily))].map((family) => Prisma.sql`${matchKeys} && ${keys.filter((key) => keyFamily(key) === family)}::text[]`),
      ' AND ',
    );
  const allKeys = readings.length ? Prisma.join(readings.map((keys) => Prisma.sql`(${allOf(keys)})`), ' OR ') : Prisma.sql`FALSE`;
  const keys = [...new Set(readings.flat())];
  const found = by === 'exact' ? Prisma.sql`${words} OR ${allKeys}` : Prisma.sql`${q} OPERATOR(public.<%) ${text}`;
  const table = sqlName(kind === 'claim' ? 'Claim' : 'ExternalFactCheck');
  const scope = kind === 'claim' ? Prisma.sql`AND ${claimScopeSql(viewer, 'c')}` : Prisma.empty;
  return Prisma.sql`
      SELECT ${kind}::text AS kind, found.id, found.at, count(*) OVER () > ${SEARCH_CAP} AS capped,
        (${wordRank}) * 4 + public.word_similarity(${q}, found.text) + cardinality(ARRAY(SELECT unnest(found.keys) INTERSECT SELECT unnest(${[...keys]}::text[]))) * 0.5 AS score
      FROM (
        SELECT ${column('id')}, ${at} AS at, ${text} AS text, ${matchKeys} AS keys, ${vector} AS "searchVector"
        FROM ${table} ${Prisma.raw(alias)}
        WHERE (${found}) ${scope}
        LIMIT ${SEARCH_CAP + 1}
      ) found`;
}
