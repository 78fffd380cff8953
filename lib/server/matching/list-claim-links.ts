import { db } from '@/lib/db';
import { candidateKey } from './archive-key';

/** A link as stored: an archive claim or a fact-check, and who linked it when. */
export interface ClaimLinkRow {
  linkedClaimId: string | null;
  factCheckId: string | null;
  createdAt: Date;
  linkedBy: { name: string };
}

/** Links keyed like matches (the claim page reads the rows with the claim itself). */
export function keyClaimLinks(links: readonly ClaimLinkRow[]) {
  return new Map(
    links.map((link) => [
      link.factCheckId ? candidateKey('factcheck', link.factCheckId) : candidateKey('claim', link.linkedClaimId ?? ''),
      { linkedBy: link.linkedBy.name, linkedAt: link.createdAt },
    ]),
  );
}

/** The earlier checks an editor linked this claim to, keyed like matches, with who linked them when. */
export async function listClaimLinks(claimId: string) {
  const links = await db.claimLink.findMany({
    where: { claimId },
    select: { linkedClaimId: true, factCheckId: true, createdAt: true, linkedBy: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return keyClaimLinks(links);
}

export type ClaimLinks = ReturnType<typeof keyClaimLinks>;
