import { db } from '@/lib/db';
import { candidateKey } from './find-match-candidates';

/** The earlier checks an editor linked this claim to, keyed like matches, with who linked them when. */
export async function listClaimLinks(claimId: string) {
  const links = await db.claimLink.findMany({
    where: { claimId },
    select: { linkedClaimId: true, factCheckId: true, createdAt: true, linkedBy: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return new Map(
    links.map((link) => [
      link.factCheckId ? candidateKey('factcheck', link.factCheckId) : candidateKey('claim', link.linkedClaimId ?? ''),
      { linkedBy: link.linkedBy.name, linkedAt: link.createdAt },
    ]),
  );
}

export type ClaimLinks = Awaited<ReturnType<typeof listClaimLinks>>;
