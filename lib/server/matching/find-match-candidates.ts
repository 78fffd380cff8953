import type { ClaimType, Entity, Quantity } from '@/lib/claims/types';
import { db } from '@/lib/db';
import type { MatchCandidate } from '@/lib/matching/match-types';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { findTermFrequencies } from './find-term-frequencies';
import { matchCandidatesSql, subjectLexemesSql, type CandidateSqlOptions, type MatchSubject, type PreparedSubject } from './match-candidates-sql';

export type ArchiveKind = 'claim' | 'factcheck';

/** A candidate with where it came from, for loading what the panel shows once it is ranked. */
export interface ArchiveCandidate extends MatchCandidate {
  kind: ArchiveKind;
  id: string;
  /** How many matchKeys it shares with the subject. */
  sharedKeys: number;
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
}

export const DEFAULT_CANDIDATES: CandidateSqlOptions = { perTable: 25 };

/** The key rankMatches hands back unchanged: which table and which row. */
export function candidateKey(kind: ArchiveKind, id: string): string {
  return `${kind}:${id}`;
}

/** The subjects with their lexemes: one query for all of them. */
export async function prepareSubjects(subjects: readonly MatchSubject[]): Promise<PreparedSubject[]> {
  if (subjects.length === 0) return [];
  const rows = await db.$queryRaw<Array<{ ref: string; lexemes: string[] }>>(subjectLexemesSql(subjects));
  const lexemes = new Map(rows.map((row) => [row.ref, row.lexemes]));
  return subjects.map((subject) => ({ ...subject, lexemes: lexemes.get(subject.ref) ?? [] }));
}

/**
 * Each subject's candidates from the archive, keyed by the subject's ref: two queries for any
 * number of subjects (their lexemes, then the candidate query), and now and then a third that
 * reads the archive's term statistics.
 */
export async function findMatchCandidates(
  subjects: readonly MatchSubject[],
  viewer: Pick<PublicUser, 'id' | 'role'>,
  options: CandidateSqlOptions = DEFAULT_CANDIDATES,
): Promise<Map<string, ArchiveCandidate[]>> {
  const bySubject = new Map<string, ArchiveCandidate[]>(subjects.map((subject) => [subject.ref, []]));
  if (subjects.length === 0) return bySubject;
  const [prepared, frequencies] = await Promise.all([prepareSubjects(subjects), findTermFrequencies()]);
  const rows = await db.$queryRaw<CandidateRow[]>(matchCandidatesSql(prepared, viewer, frequencies, options));
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
    });
  }
  return bySubject;
}
