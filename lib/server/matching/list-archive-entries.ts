import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { claimScopeFor } from '@/lib/server/claims/claim-scope';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { candidateKey, type ArchiveKind } from './archive-key';

/** A newsroom claim as a match shows it: where it is, how far it got, and its verdict. */
export interface ClaimArchiveEntry {
  kind: 'claim';
  claimId: string;
  text: string;
  language: string;
  status: ClaimStatus;
  article: { id: string; title: string };
  /** The newsroom's rating; null while nobody has rated it. */
  rating: { key: string; labelEn: string; labelDe: string; value: number | null } | null;
  /** Who gave the verdict, and when it was approved (or last moved, before approval). */
  verdictBy: string | null;
  verdictAt: Date;
  /** The claim page in the desk. */
  href: string;
}

/** Another fact-checker's published verdict as a match shows it. */
export interface FactCheckArchiveEntry {
  kind: 'factcheck';
  factCheckId: string;
  text: string;
  language: string;
  /** The rating's name as the author gave it, and its place on their scale. */
  rating: { label: string | null; value: number | null; best: number | null; worst: number | null };
  author: { name: string; url: string | null };
  reviewedAt: Date | null;
  claimAuthor: string | null;
  claimDate: Date | null;
  /** The fact-check's own page (http or https only: the import refuses others). */
  href: string;
}

export type ArchiveEntry = ClaimArchiveEntry | FactCheckArchiveEntry;

/**
 * What the panel shows of the archive rows named by kind and id, keyed as the candidates are
 * (`claim:<id>`, `factcheck:<id>`); at most one query per table. Claims stay within the viewer's scope.
 */
export async function listArchiveEntries(
  viewer: Pick<PublicUser, 'id' | 'role'>,
  refs: ReadonlyArray<{ kind: ArchiveKind; id: string }>,
): Promise<Map<string, ArchiveEntry>> {
  const ids = (kind: ArchiveKind) => [...new Set(refs.filter((ref) => ref.kind === kind).map((ref) => ref.id))];
  const claimIds = ids('claim');
  const factCheckIds = ids('factcheck');
  const [claims, factChecks] = await Promise.all([
    claimIds.length === 0
      ? []
      : db.claim.findMany({
          where: { AND: [{ id: { in: claimIds } }, claimScopeFor(viewer)] },
          select: {
            id: true,
            text: true,
            status: true,
            statusChangedAt: true,
            approvedAt: true,
            article: { select: { id: true, title: true, language: true } },
            rating: { select: { key: true, labelEn: true, labelDe: true, value: true } },
            verdictBy: { select: { name: true } },
          },
        }),
    factCheckIds.length === 0
      ? []
      : db.externalFactCheck.findMany({
          where: { id: { in: factCheckIds } },
          select: {
            id: true,
            url: true,
            claimReviewed: true,
            language: true,
            ratingLabel: true,
            ratingValue: true,
            ratingBest: true,
            ratingWorst: true,
            authorName: true,
            authorUrl: true,
            reviewDate: true,
            claimAuthor: true,
            claimDate: true,
          },
        }),
  ]);
  const entries = new Map<string, ArchiveEntry>();
  for (const claim of claims) {
    entries.set(candidateKey('claim', claim.id), {
      kind: 'claim',
      claimId: claim.id,
      text: claim.text,
      language: claim.article.language,
      status: claim.status,
      article: { id: claim.article.id, title: claim.article.title },
      rating: claim.rating,
      verdictBy: claim.verdictBy?.name ?? null,
      verdictAt: claim.approvedAt ?? claim.statusChangedAt,
      href: `/claims/${claim.id}`,
    });
  }
  for (const factCheck of factChecks) {
    entries.set(candidateKey('factcheck', factCheck.id), {
      kind: 'factcheck',
      factCheckId: factCheck.id,
      text: factCheck.claimReviewed,
      language: factCheck.language,
      rating: { label: factCheck.ratingLabel, value: factCheck.ratingValue, best: factCheck.ratingBest, worst: factCheck.ratingWorst },
      author: { name: factCheck.authorName, url: factCheck.authorUrl },
      reviewedAt: factCheck.reviewDate,
      claimAuthor: factCheck.claimAuthor,
      claimDate: factCheck.claimDate,
      href: factCheck.url,
    });
  }
  return entries;
}
