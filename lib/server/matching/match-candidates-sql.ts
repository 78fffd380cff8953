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
  /** How many rows the word and the key conditions may bring per table (see retrieval-terms.ts). */
  words: RetrievalBudget;
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
function keyFamily(key: string): string {
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

/**
 * One subject's candidates: the claims (within the viewer's scope, outside the subject's article)
 * and external fact-checks that share its rare words, or two of its commoner ones (full text in
 * the subject's language, against each row's own vector), or its rare figures and names, or two of
 * them together (match keys), each table's best `perTable` by a quick score, with their trigram
 * similarity; the ranking (rankMatches) orders them properly. Which terms count as rare comes from
 * PostgreSQL's statistics of each table, so each condition stays on its GIN index and brings few rows.
 */
function subjectCandidatesSql(
  subject: PreparedSubject,
  viewer: Pick<PublicUser, 'id' | 'role'>,
  frequencies: ArchiveFrequencies,
  options: CandidateSqlOptions,
): Prisma.Sql {
  const anyWord = anyWordQuery(subject.lexemes);
  const keys = [...subject.matchKeys];
  const table = (alias: 'c' | 'f', textColumn: string, words: ArchiveFrequencies['claimWords'], keyFrequencies: ArchiveFrequencies['claimKeys']) => {
    const vector = Prisma.raw(`${alias}."searchVector"`);
    const text = Prisma.raw(`${alias}.${textColumn}`);
    const matchKeys = Prisma.raw(`${alias}."matchKeys"`);
    const wordQuery = wordsQuery(chooseRetrievalTerms(subject.lexemes, words, options.words));
    const keyTerms = chooseRetrievalTerms(keys, keyFrequencies, options.keys, keysMayPair);
    return {
      textRank: anyWord ? Prisma.sql`CASE WHEN ${vector} @@ ${anyWord}::tsquery THEN ts_rank(${vector}, ${anyWord}::tsquery) ELSE 0 END::float8` : Prisma.sql`0::float8`,
      sharedKeys: Prisma.sql`cardinality(ARRAY(SELECT unnest(${matchKeys}) INTERSECT SELECT unnest(${keys}::text[])))`,
      found: Prisma.sql`(${wordQuery ? Prisma.sql`${vector} @@ ${wordQuery}::tsquery OR ` : Prisma.empty}${keysCondition(matchKeys, keyTerms)})`,
    };
  };
  const c = table('c', 'text', frequencies.claimWords, frequencies.claimKeys);
  const f = table('f', '"claimReviewed"', frequencies.factCheckWords, frequencies.factCheckKeys);
  const columns = Prisma.raw('kept.subject, kept.kind, kept.id, kept.text, kept.language, kept.quantities, kept.entities, kept.type, kept.date, kept.text_rank, kept.shared_keys');
  const trigram = Prisma.sql`public.similarity(kept.text, ${subject.text})::float8 AS trigram`;
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
      SELECT ${subject.ref} AS subject, 'claim' AS kind, c.id, c.text, a.language, c.quantities, c.entities, c.type::text AS type,
        COALESCE(a."publishedAt", c."createdAt") AS date, ${c.textRank} AS text_rank, ${c.sharedKeys} AS shared_keys,
        c.status, c."ratingId", c."verdictById", c."approvedAt", c."statusChangedAt", a.id AS article_id, a.title AS article_title
      FROM ${sqlName('Claim')} c JOIN ${sqlName('Article')} a ON a.id = c."articleId"
      WHERE ${c.found}
        AND c.status::text NOT IN (${Prisma.join(NOT_IN_ARCHIVE)})
        ${subject.claimId ? Prisma.sql`AND c.id <> ${subject.claimId}` : Prisma.empty}
        ${subject.articleId ? Prisma.sql`AND c."articleId" <> ${subject.articleId}` : Prisma.empty}
        AND ${claimScopeSql(viewer, 'c')}
    ) found ORDER BY ${QUICK_SCORE} DESC, id LIMIT ${options.perTable}) kept
      LEFT JOIN ${sqlName('Rating')} r ON r.id = kept."ratingId" LEFT JOIN ${sqlName('User')} u ON u.id = kept."verdictById")
    UNION ALL
    (SELECT ${columns}, ${trigram}, ${factCheckDetails} FROM (SELECT * FROM (
      SELECT ${subject.ref} AS subject, 'factcheck' AS kind, f.id, f."claimReviewed" AS text, f.language, f.quantities, f.entities, f.type::text AS type,
        COALESCE(f."reviewDate", f."claimDate", f."createdAt") AS date, ${f.textRank} AS text_rank, ${f.sharedKeys} AS shared_keys,
        f.url, f."ratingLabel", f."ratingValue", f."ratingBest", f."ratingWorst", f."authorName", f."authorUrl", f."reviewDate", f."claimAuthor", f."claimDate"
      FROM ${sqlName('ExternalFactCheck')} f
      WHERE ${f.found}
    ) found ORDER BY ${QUICK_SCORE} DESC, id LIMIT ${options.perTable}) kept)`;
}

/** The one candidate query for any number of subjects: each subject's branch, together in one statement. */
export function matchCandidatesSql(
  subjects: readonly PreparedSubject[],
  viewer: Pick<PublicUser, 'id' | 'role'>,
  frequencies: ArchiveFrequencies,
  options: CandidateSqlOptions,
): Prisma.Sql {
  return Prisma.join(
    subjects.map((subject) => subjectCandidatesSql(subject, viewer, frequencies, options)),
    '\nUNION ALL\n',
  );
}
