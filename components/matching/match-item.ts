import type { MatchReason } from '@/lib/matching/match-types';
import type { ArchiveEntry } from '@/lib/server/matching/list-archive-entries';
import type { ClaimLinks } from '@/lib/server/matching/list-claim-links';
import { safeExternalUrl } from '@/lib/text/safe-external-url';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { ratingLabel } from '@/lib/workflow/rating-label';

/** A match as the panel gets it from the server: plain data, dates as strings, the rating in the reader's language. */
export interface MatchItem {
  key: string;
  kind: 'claim' | 'factcheck';
  /** The matched wording: data, rendered as text. */
  text: string;
  language: string;
  /** Null for a linked earlier check that no longer ranks among the matches. */
  score: number | null;
  strong: boolean;
  crossLanguage: boolean;
  reasons: readonly MatchReason[];
  /** The claim page, or the fact-check's own http(s) page; null when the address is not one. */
  href: string | null;
  rating: string | null;
  /** Who gave the verdict (our fact-checker, the other outlet) and when. */
  by: string | null;
  at: string | null;
  status: ClaimStatus | null;
  articleTitle: string | null;
  claimAuthor: string | null;
  linked: { by: string; at: string } | null;
}

type Ranked = { key: string; score: number; strong: boolean; crossLanguage: boolean; reasons: readonly MatchReason[] };

/** What the panel shows of an archive entry, ranked (a match) or not (a link that no longer ranks). */
export function toMatchItem(entry: ArchiveEntry & { key: string }, ranked: Ranked | null, links: ClaimLinks, locale: string): MatchItem {
  const link = links.get(entry.key);
  const shared = {
    key: entry.key,
    text: entry.text,
    language: entry.language,
    score: ranked?.score ?? null,
    strong: ranked?.strong ?? false,
    crossLanguage: ranked?.crossLanguage ?? false,
    reasons: ranked?.reasons ?? [],
    linked: link ? { by: link.linkedBy, at: link.linkedAt.toISOString() } : null,
  };
  if (entry.kind === 'claim') {
    return {
      ...shared,
      kind: 'claim',
      href: entry.href,
      rating: entry.rating ? ratingLabel(entry.rating, locale) : null,
      by: entry.verdictBy,
      at: entry.verdictAt.toISOString(),
      status: entry.status,
      articleTitle: entry.article.title,
      claimAuthor: null,
    };
  }
  return {
    ...shared,
    kind: 'factcheck',
    href: safeExternalUrl(entry.href),
    rating: entry.rating.label ?? (entry.rating.value !== null && entry.rating.best !== null ? `${entry.rating.value}/${entry.rating.best}` : null),
    by: entry.author.name,
    at: entry.reviewedAt?.toISOString() ?? null,
    status: null,
    articleTitle: null,
    claimAuthor: entry.claimAuthor,
  };
}
