import { AppError } from '@/lib/errors/app-error';
import { MIN_MATCH_SCORE } from '@/lib/matching/rank-matches';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { findMatches, MATCH_PANEL_SIZE, type ArchiveMatch } from './find-matches';

/** Room for the archive to have moved a little since the panel was shown. */
const LOOKUP_LIMIT = MATCH_PANEL_SIZE * 4;

/**
 * The match the person clicked, as the server ranks it now: its score and reasons come from here,
 * never from the form. Refused when it no longer matches, scores below what the panel shows, or was
 * never one the viewer may see.
 */
export async function findMatchByKey(viewer: Pick<PublicUser, 'id' | 'role'>, claimId: string, key: string): Promise<ArchiveMatch> {
  const match = (await findMatches(viewer, claimId, { limit: LOOKUP_LIMIT })).find((candidate) => candidate.key === key && candidate.score >= MIN_MATCH_SCORE);
  if (!match) throw new AppError('CONFLICT', 'MATCH_NOT_FOUND');
  return match;
}
