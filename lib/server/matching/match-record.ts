import type { ArchiveEntry } from './list-archive-entries';

/** What the claim's history keeps of a match: enough to read it there, whatever happens to it later. */
export function matchRecord(match: ArchiveEntry & { score: number; crossLanguage: boolean }) {
  return {
    kind: match.kind,
    id: match.kind === 'claim' ? match.claimId : match.factCheckId,
    title: match.text.slice(0, 300),
    url: match.href,
    by: match.kind === 'claim' ? match.verdictBy : match.author.name,
    score: match.score,
    crossLanguage: match.crossLanguage,
  };
}
