import { Prisma } from '@/generated/prisma/client';
import type { ClaimType as StoredClaimType } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import type { MatchText } from '@/lib/matching/match-types';
import { MATCH_KEYS_VERSION } from '@/lib/matching/match-keys';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';
import { claimScopeSql } from '@/lib/server/claims/claim-scope';
import { sqlName } from '@/lib/server/sql-name';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { claimMatchText } from './claim-match-text';
import { MAX_LEXEMES, type PreparedSubject } from './match-candidates-sql';

export interface ClaimSubject {
  subject: PreparedSubject;
  text: MatchText;
}

interface SubjectRow {
  id: string;
  articleId: string;
  text: string;
  quantities: unknown;
  entities: unknown;
  type: StoredClaimType;
  createdAt: Date;
  matchKeys: string[] | null;
  matchKeysVersion: number;
  language: string;
  publishedAt: Date | null;
  lexemes: string[];
}

/**
 * The claims (those the viewer may see) whose matches are asked for, as subjects of the candidate
 * query, in one query: with the keys their rows store (made afresh where the row's are older than
 * the rules) and the lexemes of their full-text vector, longest first.
 */
export async function listMatchSubjects(viewer: Pick<PublicUser, 'id' | 'role'>, claimIds: readonly string[]): Promise<ClaimSubject[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.$queryRaw<SubjectRow[]>(Prisma.sql`
    SELECT c.id, c."articleId", c.text, c.quantities, c.entities, c.type, c."createdAt", c."matchKeys", c."matchKeysVersion",
      a.language, a."publishedAt",
      ARRAY(SELECT l FROM unnest(tsvector_to_array(COALESCE(c."searchVector", ''::tsvector))) AS l ORDER BY length(l) DESC, l LIMIT ${MAX_LEXEMES}) AS lexemes
    FROM ${sqlName('Claim')} c JOIN ${sqlName('Article')} a ON a.id = c."articleId"
    WHERE c.id IN (${Prisma.join([...claimIds])}) AND ${claimScopeSql(viewer, 'c')}`);
  return rows.map((row) => {
    const text = claimMatchText({ ...row, article: { language: row.language, publishedAt: row.publishedAt } });
    const keys = row.matchKeysVersion === MATCH_KEYS_VERSION && row.matchKeys ? row.matchKeys : claimMatchKeys(text).matchKeys;
    return {
      text,
      subject: { ref: row.id, text: text.text, language: text.language, matchKeys: keys, claimId: row.id, articleId: row.articleId, lexemes: row.lexemes },
    };
  });
}
