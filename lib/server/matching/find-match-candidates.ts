import type { ClaimStatus } from '@/generated/prisma/enums';
import type { ClaimType, Entity, Quantity } from '@/lib/claims/types';
import { db } from '@/lib/db';
import type { MatchCandidate } from '@/lib/matching/match-types';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { candidateKey, type ArchiveKind } from './archive-key';
import { findTermFrequencies } from './find-term-frequencies';
import type { ArchiveEntry } from './list-archive-entries';
import { manyCandidatesSql, matchCandidatesSql, type CandidateSqlOptions, type PreparedSubject } from './match-candidates-sql';

/** A candidate with what the panel shows of it, should it rank among the best. */
export interface ArchiveCandidate extends MatchCandidate {
  kind: ArchiveKind;
  id: string;
  /** How many matchKeys it shares with the subject. */
  sharedKeys: number;
  entry: ArchiveEntry;
}

interface CandidateRow {
  subject: string;
  kind: ArchiveKind;
  id: string;
  text: string;
  language: string;
  quantities: Quantity[];
  entities: Entity[];
  type: string | null;
  date: Date | null;
  text_rank: number;
  trigram: number;
  shared_keys: number;
  details: Record<string, unknown>;
}

/**
 * For the claim page's panel. Budgets in rows: the rows found are scored one by one (ts_rank,
 * shared keys), so their number is the query's cost; the statistics estimate each condition's.
 */
export const DEFAULT_CANDIDATES: CandidateSqlOptions = {
  perTable: 15,
  words: { rowsPerCondition: 100, rowsInAll: 200, maxPairs: 20, maxShareInPair: 0.01 },
  keys: { rowsPerCondition: 100, rowsInAll: 150, maxPairs: 20, maxShareInPair: 0.05 },
};


const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
// JSON carries dates as ISO strings.
const dateOrNull = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);

function entryOf(row: CandidateRow): ArchiveEntry {
  const details = row.details;
  if (row.kind === 'claim') {
    const rating = details.rating as { key: string; labelEn: string; labelDe: string; value: number | null } | null;
    return {
      kind: 'claim',
      claimId: row.id,
      text: row.text,
      language: row.language,
      status: details.status as ClaimStatus,
      article: { id: String(details.articleId), title: String(details.articleTitle) },
      rating: rating ?? null,
      verdictBy: stringOrNull(details.verdictBy),
      verdictAt: dateOrNull(details.verdictAt) ?? new Date(0),
      href: `/claims/${row.id}`,
    };
  }
  return {
    kind: 'factcheck',
    factCheckId: row.id,
    text: row.text,
    language: row.language,
    rating: { label: stringOrNull(details.ratingLabel), value: numberOrNull(details.ratingValue), best: numberOrNull(details.ratingBest), worst: numberOrNull(details.ratingWorst) },
    author: { name: String(details.authorName), url: stringOrNull(details.authorUrl) },
    reviewedAt: dateOrNull(details.reviewDate),
    claimAuthor: stringOrNull(details.claimAuthor),
    claimDate: dateOrNull(details.claimDate),
    href: String(details.url),
  };
}

/**
 * Each subject's candidates from the archive, keyed by the subject's ref: one query for any number
 * of subjects (and now and then one that reads the archive's term statistics). One subject gets the
 * query with its values written in; several get the lateral one, planned once.
 */
export async function findMatchCandidates(
  subjects: readonly PreparedSubject[],
  viewer: Pick<PublicUser, 'id' | 'role'>,
  options: CandidateSqlOptions = DEFAULT_CANDIDATES,
): Promise<Map<string, ArchiveCandidate[]>> {
  const bySubject = new Map<string, ArchiveCandidate[]>(subjects.map((subject) => [subject.ref, []]));
  if (subjects.length === 0) return bySubject;
  const frequencies = await findTermFrequencies();
  const [one] = subjects;
  const sql = subjects.length === 1 && one ? matchCandidatesSql(one, viewer, frequencies, options) : manyCandidatesSql(subjects, viewer, frequencies, options);
  const rows = await db.$queryRaw<CandidateRow[]>(sql);
  for (const row of rows) {
    bySubject.get(row.subject)?.push({
      key: candidateKey(row.kind, row.id),
      kind: row.kind,
      id: row.id,
      text: row.text,
      language: row.language,
      quantities: Array.isArray(row.quantities) ? row.quantities : [],
      entities: Array.isArray(row.entities) ? row.entities : [],
      type: row.type ? (row.type.toLowerCase() as ClaimType) : null,
      date: row.date,
      textRank: Number(row.text_rank),
      trigram: Number(row.trigram),
      sharedKeys: Number(row.shared_keys),
      entry: entryOf(row),
    });
  }
  return bySubject;
}
