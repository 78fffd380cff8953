import { Prisma } from '@/generated/prisma/client';
import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { matchTextOf } from '@/lib/matching/match-text-of';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';
import { claimScopeSql } from '@/lib/server/claims/claim-scope';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ArchiveSearch } from '@/lib/validations/search';
import type { ArchiveKind } from './find-match-candidates';
import { listArchiveEntries, type ArchiveEntry } from './list-archive-entries';

export const SEARCH_PAGE_SIZE = 20;

export type SearchResult = ArchiveEntry & { score: number };

interface HitRow {
  kind: ArchiveKind;
  id: string;
  score: number;
  total: bigint | number;
}

/**
 * The keys of what was typed: its figures and names as the extractor reads them. A query too short
 * to tell its language is read as German and as English, so "2 Millionen" and "two million" both
 * find their figure.
 */
function queryKeys(q: string): string[] {
  const detected = extractClaims(q, { minScore: 0 }).language;
  const languages = detected === 'de' || detected === 'en' ? [detected] : ['de', 'en'];
  return [...new Set(languages.flatMap((language) => claimMatchKeys(matchTextOf(q, language)).matchKeys))];
}

/**
 * The header's search: claims (those the viewer may see, in any status) and external fact-checks
 * that contain the words (full text in German, English and unstemmed, so either language's
 * wording is found), share a figure or a name (match keys, across languages), or contain the
 * typed text nearly (trigram word similarity, for a misspelt name). Best first, a page at a time.
 */
export async function searchArchive(viewer: Pick<PublicUser, 'id' | 'role'>, { q, page }: ArchiveSearch) {
  const claim = sqlName('Claim');
  const factCheck = sqlName('ExternalFactCheck');
  const keys = queryKeys(q);
  const words = (vector: Prisma.Sql) =>
    Prisma.sql`(${vector} @@ words.de OR ${vector} @@ words.en OR ${vector} @@ words.simple)`;
  const wordRank = (vector: Prisma.Sql) =>
    Prisma.sql`(ts_rank(${vector}, words.de) + ts_rank(${vector}, words.en) + ts_rank(${vector}, words.simple))`;
  const sharedKeys = (column: Prisma.Sql) =>
    Prisma.sql`cardinality(ARRAY(SELECT unnest(${column}) INTERSECT SELECT unnest(${keys}::text[])))`;
  const rows = await db.$queryRaw<HitRow[]>`
    WITH words AS (
      SELECT websearch_to_tsquery('german', ${q}) AS de, websearch_to_tsquery('english', ${q}) AS en, websearch_to_tsquery('simple', ${q}) AS simple
    ),
    hits AS (
      SELECT 'claim' AS kind, c.id, c."updatedAt" AS at,
        ${wordRank(Prisma.sql`c."searchVector"`)} * 4 + public.word_similarity(${q}, c.text) + ${sharedKeys(Prisma.sql`c."matchKeys"`)} * 0.5 AS score
      FROM ${claim} c, words
      WHERE (${words(Prisma.sql`c."searchVector"`)} OR ${q} OPERATOR(public.<%) c.text OR c."matchKeys" && ${keys}::text[])
        AND ${claimScopeSql(viewer, 'c')}
      UNION ALL
      SELECT 'factcheck' AS kind, f.id, f."createdAt" AS at,
        ${wordRank(Prisma.sql`f."searchVector"`)} * 4 + public.word_similarity(${q}, f."claimReviewed") + ${sharedKeys(Prisma.sql`f."matchKeys"`)} * 0.5 AS score
      FROM ${factCheck} f, words
      WHERE ${words(Prisma.sql`f."searchVector"`)} OR ${q} OPERATOR(public.<%) f."claimReviewed" OR f."matchKeys" && ${keys}::text[]
    )
    SELECT kind, id, score::float8 AS score, count(*) OVER () AS total FROM hits
    ORDER BY score DESC, at DESC, id
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  const entries = await listArchiveEntries(viewer, rows);
  const results: SearchResult[] = rows.flatMap((row) => {
    const entry = entries.get(`${row.kind}:${row.id}`);
    return entry ? [{ ...entry, score: Number(row.score) }] : [];
  });
  const total = rows.length ? Number(rows[0]?.total) : 0;
  return { q, results, total, page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}
