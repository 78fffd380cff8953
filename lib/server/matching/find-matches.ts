import { AppError } from '@/lib/errors/app-error';
import { rankMatches } from '@/lib/matching/rank-matches';
import type { MatchReason } from '@/lib/matching/match-types';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { findMatchCandidates, DEFAULT_CANDIDATES } from './find-match-candidates';
import type { ArchiveEntry } from './list-archive-entries';
import { listMatchSubjects } from './list-match-subjects';

/** How many matches the claim page's panel shows. */
export const MATCH_PANEL_SIZE = 5;

/** One match of the archive for a claim: what it is, how well it matches, and why. */
export type ArchiveMatch = ArchiveEntry & {
  key: string;
  /** 0 to 1, from rankMatches. */
  score: number;
  /** Strong enough to flag the claim in the triage list. */
  strong: boolean;
  crossLanguage: boolean;
  reasons: readonly MatchReason[];
};

/**
 * "Already checked?": the newsroom's claims (within the viewer's scope, outside the claim's own
 * article) and other fact-checkers' verdicts that say what this claim says, best first. Two
 * queries: the claim, and the candidates with what the panel shows of them.
 */
export async function findMatches(
  viewer: Pick<PublicUser, 'id' | 'role'>,
  claimId: string,
  options: { limit?: number; now?: Date } = {},
): Promise<ArchiveMatch[]> {
  const [claim] = await listMatchSubjects(viewer, [claimId]);
  if (!claim) throw new AppError('NOT_FOUND');
  const candidates = (await findMatchCandidates([claim.subject], viewer, DEFAULT_CANDIDATES)).get(claim.subject.ref) ?? [];
  const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]));
  return rankMatches(claim.text, candidates, { now: options.now, limit: options.limit ?? MATCH_PANEL_SIZE }).flatMap((match) => {
    const candidate = byKey.get(match.key);
    return candidate ? [{ ...candidate.entry, key: match.key, score: match.score, strong: match.strong, crossLanguage: match.crossLanguage, reasons: match.reasons }] : [];
  });
}
