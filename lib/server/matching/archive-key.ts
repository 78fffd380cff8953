/** The two tables the archive holds: the newsroom's own claims and other outlets' fact-checks. */
export type ArchiveKind = 'claim' | 'factcheck';

/** The key rankMatches hands back unchanged: which table and which row. */
export function candidateKey(kind: ArchiveKind, id: string): string {
  return `${kind}:${id}`;
}
