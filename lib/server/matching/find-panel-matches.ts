import { MIN_MATCH_SCORE } from '@/lib/matching/rank-matches';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ArchiveKind } from './archive-key';
import { findMatches, type ArchiveMatch } from './find-matches';
import { listArchiveEntries, type ArchiveEntry } from './list-archive-entries';
import { listClaimLinks, type ClaimLinks } from './list-claim-links';

export interface PanelMatches {
  /** Best first, at most the panel's size. */
  matches: ArchiveMatch[];
  /** Earlier checks an editor linked that no longer rank among the matches: still shown, as linked. */
  linkedOnly: Array<ArchiveEntry & { key: string }>;
  links: ClaimLinks;
}

/**
 * What the claim page's "Already checked" panel shows: the matches, and every link the claim has
 * (read here unless the caller loaded them with the claim).
 */
export async function findPanelMatches(viewer: Pick<PublicUser, 'id' | 'role'>, claimId: string, knownLinks?: ClaimLinks): Promise<PanelMatches> {
  const [ranked, links] = await Promise.all([findMatches(viewer, claimId), knownLinks ?? listClaimLinks(claimId)]);
  // A candidate scoring below the minimum shares a word or a year by chance: no earlier check of this claim.
  const matches = ranked.filter((match) => match.score >= MIN_MATCH_SCORE);
  const shown = new Set(matches.map((match) => match.key));
  const missing = [...links.keys()].filter((key) => !shown.has(key));
  const entries = missing.length
    ? await listArchiveEntries(
        viewer,
        missing.map((key) => {
          const [kind, id] = key.split(':') as [ArchiveKind, string];
          return { kind, id };
        }),
      )
    : new Map<string, ArchiveEntry>();
  return { matches, links, linkedOnly: missing.flatMap((key) => { const entry = entries.get(key); return entry ? [{ ...entry, key }] : []; }) };
}
