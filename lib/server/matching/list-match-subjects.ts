import { db } from '@/lib/db';
import { MATCH_KEYS_VERSION } from '@/lib/server/claims/claim-match-keys';
import type { MatchText } from '@/lib/matching/match-types';
import { claimMatchKeys } from '@/lib/server/claims/claim-match-keys';
import { claimScopeFor } from '@/lib/server/claims/claim-scope';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { CLAIM_MATCH_SELECT, claimMatchText } from './claim-match-text';
import type { MatchSubject } from './match-candidates-sql';

export interface ClaimSubject {
  subject: MatchSubject;
  text: MatchText;
}

/**
 * The claims (those the viewer may see) whose matches are asked for, as subjects of the candidate
 * query, with the keys their rows store (made afresh where the row's are older than the rules).
 */
export async function listMatchSubjects(viewer: Pick<PublicUser, 'id' | 'role'>, claimIds: readonly string[]): Promise<ClaimSubject[]> {
  if (claimIds.length === 0) return [];
  const claims = await db.claim.findMany({
    where: { AND: [{ id: { in: [...claimIds] } }, claimScopeFor(viewer)] },
    select: { id: true, articleId: true, matchKeys: true, matchKeysVersion: true, ...CLAIM_MATCH_SELECT },
  });
  return claims.map((claim) => {
    const text = claimMatchText(claim);
    const keys = claim.matchKeysVersion === MATCH_KEYS_VERSION ? claim.matchKeys : claimMatchKeys(text).matchKeys;
    return {
      text,
      subject: { ref: claim.id, text: text.text, language: text.language, matchKeys: keys, claimId: claim.id, articleId: claim.articleId },
    };
  });
}
