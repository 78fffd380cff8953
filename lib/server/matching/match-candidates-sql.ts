import { Prisma } from '@/generated/prisma/client';
import { claimScopeSql } from '@/lib/server/claims/claim-scope';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ArchiveFrequencies } from './find-term-frequencies';
import { chooseRetrievalTerms, type RetrievalBudget, type RetrievalTerms } from './retrieval-terms';

/** What the archive is searched for: a claim's wording, its language, its lexemes and its language-free keys. */
export interface PreparedSubject {
  /** Handed back on each of its candidates. */
  ref: string;
  text: string;
  language: string;
  matchKeys: readonly string[];
  /** Never its own match, nor are the other claims of its article. */
  claimId: string | null;
  articleId: string | null;
  /** The wording's lexemes as its full-text vector holds them (stemmed in its language), longest first. */
  lexemes: readonly string[];
}

export interface CandidateSqlOptions {
  /** Candidates kept per subject from each table (claims, fact-checks) for the ranking. */
  perTable: number;
  /** How many rows the word and the key conditions may bring per table (see retrieval-terms.ts); null: not fetched by words. */
  words: RetrievalBudget | null;
  keys: RetrievalBudget;
}

/** Lexemes per wording the statement considers, longest first: the rest of a long claim adds little. */
export const MAX_LEXEMES = 16;

/**
 * Claims that are nobody's work: a candidate nobody accepted, or one rejected. They are not
 * checked and not being checked, so they are no match.
 */
const NOT_IN_ARCHIVE = ['CANDIDATE', 'REJECTED'];

/**
 * Orders a table's candidates before the cut to `perTable`: shared words and keys, roughly weighed.
 * Trigram similarity, the dearest to compute, is computed for the rows kept only.
 */
const QUICK_SCORE = Prisma.raw('text_rank * 4 + shared_keys * 0.25');

/** A lexeme as tsquery input: quoted, with quotes doubled and backslashes escaped, so it is taken as it is (not stemmed again). */
function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsquery of the chosen words: each rare one alone, the others in their pairs. */
export function wordsQuery(terms: RetrievalTerms): string | null {
  const parts = [...terms.singles.map(quoteLexeme), ...terms.pairs.map(([a, b]) => `(${quoteLexeme(a)} & ${quoteLexeme(b)})`)];
  return parts.length ? parts.join(' | ') : null;
}

/** Every lexeme, for ts_rank: how much of the wording a row shares. */
function anyWordQuery(lexemes: readonly string[]): string | null {
  return lexemes.length ? lexemes.map(quoteLexeme).join(' | ') : null;
}

/** 'q:percent:25.4' and 'q:percent:~25' say one thing (a percentage near 25); each name is a family of its own. */
export function keyFamily(key: string): string {
  return key.startsWith('q:') ? key.slice(0, key.lastIndexOf(':')) : key;
}

/** Keys of one figure do not pair: together they say no more than either. */
export const keysMayPair = (a: string, b: string) => keyFamily(a) !== keyFamily(b);

function keysCondition(column: Prisma.Sql, terms: RetrievalTerms): Prisma.Sql {
  const parts = [
    ...(terms.singles.length ? [Prisma.sql`${column} && ${terms.singles}::text[]`] : []),
    ...terms.pairs.map((pair) => Prisma.sql`${column} @> ${pair}::text[]`),
  ];
  return parts.length ? Prisma.join(parts, ' OR ') : Prisma.sql`FALSE`;
}

/** The parts of a candidate branch that come from the subject: constants for one, columns of the subjects' rows for many. */
interface BranchParts {
  ref: Prisma.Sql;
  text: Prisma.Sql;
  claimId: Prisma.Sql;
  articleId: Prisma.Sql;
  /** All the subject's keys, for counting the shared ones. */
  keys: Prisma.Sql;
  /** Every lexeme as a tsquery, for ts_rank; NULL without lexemes. */
  anyWord: Prisma.Sql;
  /** The fetching conditions per table, over alias c (claims) and f (fact-checks). */
  claimFound: Prisma.Sql;
  factCheckFound: Prisma.Sql;
}

/** A table's rows found for a subject: its best `perTable` by the quick score, with their trigram similarity and what the panel shows. */
function branchesSql(parts: BranchParts, viewer: Pick<PublicUser, 'id' | 'role'>, perTable: number): Prisma.Sql {
  const textRank = (vector: string) => Prisma.sql`COALESCE(CASE WHEN ${Prisma.raw(vector)} @@ ${parts.anyWord} THEN ts_rank(${Prisma.raw(vector)}, ${parts.anyWord}) END, 0)::float8`;
  const sharedKeys = (column: string) => Prisma.sql`cardinality(ARRAY(SELECT unnest(${Prisma.raw(column)}) INTERSECT SELECT unnest(${parts.keys})))`;
  const columns = Prisma.raw('kept.subject, kept.kind, kept.id, kept.text, kept.language, kept.quantities, kept.entities, kept.type, kept.date, kept.text_rank, kept.shared_keys');
  const trigram = Prisma.sql`public.similarity(kept.text, ${parts.text})::float8 AS trigram`;
  // What the panel shows, for the rows kept only: no second query after the ranking.
  const claimDetails = Prisma.raw(`jsonb_build_object(
        'status', kept.status, 'articleId', kept.article_id, 'articleTitle', kept.article_title,
        'rating', CASE WHEN r.id IS NULL THEN NULL ELSE jsonb_build_object('key', r.key, 'labelEn', r."labelEn", 'labelDe', r."labelDe", 'value', r.value) END,
        'verdictBy', u.name, 'verdictAt', COALESCE(kept."approvedAt", kept."statusChangedAt")) AS details`);
  const factCheckDetails = Prisma.raw(`jsonb_build_object(
        'url', kept.url, 'ratingLabel', kept."ratingLabel", 'ratingValue', kept."ratingValue", 'ratingBest', kept."ratingBest", 'ratingWorst', kept."ratingWorst",
        'authorName', kept."authorName", 'authorUrl', kept."authorUrl", 'reviewDate', kept."reviewDate", 'claimAuthor', kept."claimAuthor", 'claimDate', kept."claimDate") AS details`);
  return Prisma.sql`
    (SELECT ${columns}, ${trigram}, ${claimDetails} FROM (SELECT * FROM (
      SELECT ${parts.ref} AS subject, 'claim' AS kind, c.id, c.text, a.language, c.quantities, c.entities, c.type::text AS type,
        COALESCE(a."publishedAt", c."createdAt") AS date, ${textRank('c."searchVector"')} AS text_rank, ${sharedKeys('c."matchKeys"')} AS shared_keys,
        c.status, c."ratingId", c."verdictById", c."approvedAt", c."statusChangedAt", a.id AS article_id, a.title AS article_title
      FROM ${sqlName('Claim')} c JOIN ${sqlName('Article')} a ON a.id = c."articleId"
      WHERE (${parts.claimFound})
        AND c.status::text NOT IN (${Prisma.join(NOT_IN_ARCHIVE)})
        AND c.id IS DISTINCT FROM ${parts.claimId}
        AND c."articleId" IS DISTINCT FROM ${parts.articleId}
        AND ${claimScopeSql(viewer, 'c')}
    ) found ORDER BY ${QUICK_SCORE} DESC, id LIMIT ${perTable}) kept
      LEFT JOIN ${sqlName('Rating')} r ON r.id = kept."ratingId" LEFT JOIN ${sqlName('User')} u ON u.id = kept."verdictById")
    UNION ALL
    (SELECT ${columns}, ${trigram}, ${factCheckDetails} FROM (SELECT * FROM (
      SELECT ${parts.ref} AS subject, 'factcheck' AS kind, f.id, f."claimReviewed" AS text, f.language, f.quantities, f.entities, f.type::text AS type,
        COALESCE(f."reviewDate", f."claimDate", f."createdAt") AS date, ${textRank('f."searchVector"')} AS text_rank, ${sharedKeys('f."matchKeys"')} AS shared_keys,
        f.url, f."ratingLabel", f."ratingValue", f."ratingBest", f."ratingWorst", f."authorName", f."authorUrl", f."reviewDate", f."claimAuthor", f."claimDate"
      FROM ${sqlName('ExternalFactCheck')} f
      WHERE ${parts.factCheckFound}
    ) found ORDER BY ${QUICK_SCORE} DESC, id LIMIT ${perTable}) kept)`;
}

type Frequencies = ArchiveFrequencies['claimWords'];

/** The fetching terms of a subject against one table, by that table's statistics. */
function tableTerms(subject: PreparedSubject, words: Frequencies, keys: Frequencies, options: CandidateSqlOptions) {
  return {
    words: options.words ? wordsQuery(chooseRetrievalTerms(subject.lexemes, words, options.words)) : null,
    keys: chooseRetrievalTerms(subject.matchKeys, keys, options.keys, keysMayPair),
  };
}

function foundSql(alias: 'c' | 'f', terms: ReturnType<typeof tableTerms>): Prisma.Sql {
  const words = terms.words ? Prisma.sql`${Prisma.raw(`${alias}."searchVector"`)} @@ ${terms.words}::tsquery OR ` : Prisma.empty;
  return Prisma.sql`${words}${keysCondition(Prisma.raw(`${alias}."matchKeys"`), terms.keys)}`;
}

/**
 * The candidate query for one claim (the claim page's panel): the claims (within the viewer's
 * scope, outside the subject's article) and external fact-checks that share its rare words, or two
 * of its commoner ones (full text in the subject's language, against each row's own vector), or its
 * rare figures and names, or two of them together (match keys), each table's best `perTable` by a
 * quick score, with their trigram similarity; the ranking (rankMatches) orders them properly. Which
 * terms count as rare comes from PostgreSQL's statistics of each table, so each condition stays on
 * its GIN index and brings few rows. The subject's values are in the statement, so the planner
 * sees how selective each condition is.
 */
export function matchCandidatesSql(
  subject: PreparedSubject,
  viewer: Pick<PublicUser, 'id' | 'role'>,
  frequencies: ArchiveFrequencies,
  options: CandidateSqlOptions,
): Prisma.Sql {
  const anyWord = anyWordQuery(subject.lexemes);
  return branchesSql(
    {
      ref: Prisma.sql`${subject.ref}::text`,
      text: Prisma.sql`${subject.text}::text`,
      claimId: Prisma.sql`${subject.claimId}::text`,
      articleId: Prisma.sql`${subject.articleId}::text`,
      keys: Prisma.sql`${[...subject.matchKeys]}::text[]`,
      anyWord: anyWord ? Prisma.sql`${anyWord}::tsquery` : Prisma.sql`NULL::tsquery`,
      claimFound: foundSql('c', tableTerms(subject, frequencies.claimWords, frequencies.claimKeys, options)),
      factCheckFound: foundSql('f', tableTerms(subject, frequencies.factCheckWords, frequencies.factCheckKeys, options)),
    },
    viewer,
    options.perTable,
  );
}

/**
 * The candidate query for many claims at once (a triage list's marks), planned once for all of
 * them: the subjects are rows, each joined laterally with its candidates. Its conditions are the
 * rare words and word pairs as a tsquery and the rare keys alone; key pairs, which vary in number,
 * are left out (a strong match shares a rare figure or name, or words).
 */
export function manyCandidatesSql(
  subjects: readonly PreparedSubject[],
  viewer: Pick<PublicUser, 'id' | 'role'>,
  frequencies: ArchiveFrequencies,
  options: CandidateSqlOptions,
): Prisma.Sql {
  const rows = subjects.map((subject) => {
    const claims = tableTerms(subject, frequencies.claimWords, frequencies.claimKeys, options);
    const factChecks = tableTerms(subject, frequencies.factCheckWords, frequencies.factCheckKeys, options);
    return {
      ref: subject.ref,
      text: subject.text,
      claim_id: subject.claimId,
      article_id: subject.articleId,
      keys: [...subject.matchKeys],
      any_word: anyWordQuery(subject.lexemes),
      claim_words: claims.words,
      claim_keys: claims.keys.singles,
      fact_words: factChecks.words,
      fact_keys: factChecks.keys.singles,
    };
  });
  const branches = branchesSql(
    {
      ref: Prisma.raw('s.ref'),
      text: Prisma.raw('s.text'),
      claimId: Prisma.raw('s.claim_id'),
      articleId: Prisma.raw('s.article_id'),
      keys: Prisma.raw('s.keys'),
      anyWord: Prisma.raw('s.any_word::tsquery'),
      claimFound: Prisma.raw('c."searchVector" @@ s.claim_words::tsquery OR c."matchKeys" && s.claim_keys'),
      factCheckFound: Prisma.raw('f."searchVector" @@ s.fact_words::tsquery OR f."matchKeys" && s.fact_keys'),
    },
    viewer,
    options.perTable,
  );
  return Prisma.sql`
    SELECT m.* FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS s(
      ref text, text text, claim_id text, article_id text, keys text[], any_word text, claim_words text, claim_keys text[], fact_words text, fact_keys text[]
    ) CROSS JOIN LATERAL (${branches}) m`;
}
