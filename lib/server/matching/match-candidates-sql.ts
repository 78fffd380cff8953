import { Prisma } from '@/generated/prisma/client';
import { claimScopeSql } from '@/lib/server/claims/claim-scope';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';

/** What the archive is searched for: a claim's wording, its language and its language-free keys. */
export interface MatchSubject {
  /** Handed back on each of its candidates. */
  ref: string;
  text: string;
  language: string;
  matchKeys: readonly string[];
  /** Never its own match, nor are the other claims of its article. */
  claimId: string | null;
  articleId: string | null;
}

export interface CandidateSqlOptions {
  /** Candidates kept per subject from each table (claims, fact-checks) for the ranking. */
  perTable: number;
}

/**
 * How many of the wording's lexemes the full-text query is built from, longest first (long words
 * are the rarer ones). Pairs of them make the query, so that a row must share two words: one
 * shared common word ("Millionen", "government") would otherwise bring in a good part of the archive.
 */
const MAX_LEXEMES = 12;

/**
 * Claims that are nobody's work: a candidate nobody accepted, or one rejected. They are not
 * checked and not being checked, so they are no match.
 */
const NOT_IN_ARCHIVE = ['CANDIDATE', 'REJECTED'];

/** Orders a table's candidates before the cut to `perTable`: words, likeness and shared keys, roughly weighed. */
const QUICK_SCORE = Prisma.raw('text_rank * 4 + trigram + shared_keys * 0.25');

/**
 * The one candidate query for any number of subjects: per subject, the claims (within the viewer's
 * scope, outside the subject's article) and external fact-checks that share words with it
 * (full text in the subject's language, against each row's own vector), look like it (trigram
 * similarity) or share a figure or a name (matchKeys overlap), each table's best `perTable` by a
 * quick score of the three; the ranking (rankMatches) orders them properly.
 */
export function matchCandidatesSql(subjects: readonly MatchSubject[], viewer: Pick<PublicUser, 'id' | 'role'>, options: CandidateSqlOptions): Prisma.Sql {
  const claim = sqlName('Claim');
  const article = sqlName('Article');
  const factCheck = sqlName('ExternalFactCheck');
  const searchConfig = sqlName('factdesk_search_config');
  const rows = JSON.stringify(
    subjects.map((subject) => ({
      ref: subject.ref,
      text: subject.text,
      language: subject.language,
      keys: [...subject.matchKeys],
      claim_id: subject.claimId,
      article_id: subject.articleId,
    })),
  );
  // In the lexeme list a quote is doubled and a backslash escaped: tsquery's own quoting.
  return Prisma.sql`
    WITH subject AS (
      SELECT s.ref, s.text, s.keys, s.claim_id, s.article_id, ${searchConfig}(s.language) AS config
      FROM jsonb_to_recordset(${rows}::jsonb) AS s(ref text, text text, language text, keys text[], claim_id text, article_id text)
    ),
    prepared AS (
      SELECT subject.*, q.any_word, COALESCE(q.two_words, q.any_word) AS two_words
      FROM subject CROSS JOIN LATERAL (
        WITH lexeme AS (
          SELECT l, '''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''' AS quoted
          FROM unnest(tsvector_to_array(to_tsvector(subject.config, subject.text))) AS l
          ORDER BY length(l) DESC, l
          LIMIT ${MAX_LEXEMES}
        )
        SELECT
          (SELECT string_agg(quoted, ' | ') FROM lexeme)::tsquery AS any_word,
          (SELECT string_agg('(' || a.quoted || ' & ' || b.quoted || ')', ' | ') FROM lexeme a JOIN lexeme b ON a.l < b.l)::tsquery AS two_words
      ) q
    )
    SELECT p.ref AS subject, m.*
    FROM prepared p CROSS JOIN LATERAL (
      (
        SELECT * FROM (
        SELECT 'claim' AS kind, c.id, c.text, a.language, c.quantities, c.entities, c.type::text AS type,
          COALESCE(a."publishedAt", c."createdAt") AS date,
          CASE WHEN c."searchVector" @@ p.any_word THEN ts_rank(c."searchVector", p.any_word) ELSE 0 END::float8 AS text_rank,
          public.similarity(c.text, p.text)::float8 AS trigram,
          cardinality(ARRAY(SELECT unnest(c."matchKeys") INTERSECT SELECT unnest(p.keys))) AS shared_keys
        FROM ${claim} c JOIN ${article} a ON a.id = c."articleId"
        WHERE (c."searchVector" @@ p.two_words OR c.text OPERATOR(public.%) p.text OR c."matchKeys" && p.keys)
          AND c.status::text NOT IN (${Prisma.join(NOT_IN_ARCHIVE)})
          AND c.id IS DISTINCT FROM p.claim_id
          AND c."articleId" IS DISTINCT FROM p.article_id
          AND ${claimScopeSql(viewer, 'c')}
        ) found
        ORDER BY ${QUICK_SCORE} DESC, id
        LIMIT ${options.perTable}
      )
      UNION ALL
      (
        SELECT * FROM (
        SELECT 'factcheck' AS kind, f.id, f."claimReviewed" AS text, f.language, f.quantities, f.entities, f.type::text AS type,
          COALESCE(f."reviewDate", f."claimDate", f."createdAt") AS date,
          CASE WHEN f."searchVector" @@ p.any_word THEN ts_rank(f."searchVector", p.any_word) ELSE 0 END::float8 AS text_rank,
          public.similarity(f."claimReviewed", p.text)::float8 AS trigram,
          cardinality(ARRAY(SELECT unnest(f."matchKeys") INTERSECT SELECT unnest(p.keys))) AS shared_keys
        FROM ${factCheck} f
        WHERE f."searchVector" @@ p.two_words OR f."claimReviewed" OPERATOR(public.%) p.text OR f."matchKeys" && p.keys
        ) found
        ORDER BY ${QUICK_SCORE} DESC, id
        LIMIT ${options.perTable}
      )
    ) m`;
}
