import { rankMatches } from '@/lib/matching/rank-matches';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ArchiveKind } from './archive-key';
import { findMatchCandidates } from './find-match-candidates';
import type { CandidateSqlOptions } from './match-candidates-sql';
import { listMatchSubjects } from './list-match-subjects';

/** The triage list's mark: a claim's best match, when it is strong. */
export interface StrongMatch {
  key: string;
  kind: ArchiveKind;
  id: string;
  score: number;
  crossLanguage: boolean;
}

/**
 * Fewer candidates per claim than the panel takes, within smaller budgets: the mark needs only the
 * best one, and a match is strong only when a figure or a name backs it (rankMatches).
 */
const MARK_CANDIDATES: CandidateSqlOptions = {
  perTable: 5,
  words: { rowsPerCondition: 40, rowsInAll: 60, maxPairs: 8, maxShareInPair: 0.005 },
  keys: { rowsPerCondition: 60, rowsInAll: 100, maxPairs: 0, maxShareInPair: 0 },
};

/**
 * Which of these claims (one article's triage list) have a strong match in the archive, by claim
 * id; claims without one, and those the viewer may not see, are absent. Two queries whatever the
 * number of claims: the claims, and one candidate query for all of them.
 */
export async function listStrongMatches(
  viewer: Pick<PublicUser, 'id' | 'role'>,
  claimIds: readonly string[],
  options: { now?: Date } = {},
): Promise<Map<string, StrongMatch>> {
  const claims = await listMatchSubjects(viewer, claimIds);
  const candidates = await findMatchCandidates(
    claims.map((claim) => claim.subject),
    viewer,
    MARK_CANDIDATES,
  );
  const marks = new Map<string, StrongMatch>();
  for (const claim of claims) {
    const own = candidates.get(claim.subject.ref) ?? [];
    const [best] = rankMatches(claim.text, own, { now: options.now, limit: 1 });
    const candidate = best && own.find((entry) => entry.key === best.key);
    if (best?.strong && candidate) {
      marks.set(claim.subject.ref, { key: best.key, kind: candidate.kind, id: candidate.id, score: best.score, crossLanguage: best.crossLanguage });
    }
  }
  return marks;
}
