import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '@/lib/db';

export interface TestClaimOptions {
  status?: ClaimStatus;
  assigneeId?: string | null;
  verdictById?: string | null;
  /** A rating, an explanation and a source, so that the claim can go to review. */
  withVerdict?: boolean;
  text?: string;
  start?: number;
}

/** A claim in any state of the workflow, straight into the database (its way there is tested elsewhere). */
export async function createTestClaim(articleId: string, options: TestClaimOptions = {}) {
  const text = options.text ?? 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.';
  const verdictAuthor = options.verdictById ?? options.assigneeId ?? null;
  const claim = await db.claim.create({
    data: {
      articleId,
      text,
      startOffset: options.start ?? 0,
      endOffset: (options.start ?? 0) + text.length,
      type: 'QUANTITY',
      score: 0.9,
      reasons: [],
      quantities: [],
      status: options.status ?? 'CANDIDATE',
      assigneeId: options.assigneeId ?? null,
      ...(options.withVerdict
        ? { ratingId: 'rating-mostly-true', verdictExplanation: 'Das Grünflächenamt zählt 2.950 neue Bäume.', verdictById: verdictAuthor }
        : { verdictById: options.verdictById ?? null }),
    },
    select: { id: true, version: true, articleId: true },
  });
  if (options.withVerdict && verdictAuthor) {
    await db.source.create({
      data: { claimId: claim.id, url: 'https://stadt.example/baumkataster', title: 'Baumkataster 2025', stance: 'SUPPORTS', addedById: verdictAuthor },
    });
  }
  return claim;
}

export async function claimState(claimId: string) {
  return db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { status: true, assigneeId: true, version: true, ratingId: true, verdictExplanation: true, verdictById: true, dueAt: true, text: true },
  });
}
