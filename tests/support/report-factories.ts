import type { ClaimStatus } from '@/generated/prisma/enums';
import { db } from '@/lib/db';

export interface ApprovedClaimSpec {
  text: string;
  speaker?: string | null;
  /** A key of the seeded rating scale: true, mostly-true, missing-context, partly-false, mostly-false, false, unproven. */
  rating?: string;
  explanation?: string;
  status?: ClaimStatus;
}

/**
 * Claims as the workflow leaves them once an editor approved the verdict: a rating, an
 * explanation, a source, the fact-checker's and the approver's names. Until the workflow's own
 * seed is there, report tests start from these.
 */
export async function createApprovedClaims(
  articleId: string,
  people: { checkerId: string; editorId: string },
  specs: readonly ApprovedClaimSpec[],
): Promise<Array<{ id: string }>> {
  const ratings = new Map((await db.rating.findMany({ select: { id: true, key: true } })).map((rating) => [rating.key, rating.id]));
  const claims = [];
  for (const [index, spec] of specs.entries()) {
    const claim = await db.claim.create({
      data: {
        articleId,
        text: spec.text,
        speaker: spec.speaker ?? null,
        startOffset: index * 100,
        endOffset: index * 100 + spec.text.length,
        type: 'QUANTITY',
        score: 0.9,
        reasons: [],
        quantities: [],
        status: spec.status ?? 'APPROVED',
        ratingId: ratings.get(spec.rating ?? 'false') ?? null,
        verdictExplanation: spec.explanation ?? `Die Zahl in „${spec.text.slice(0, 20)}“ stimmt nicht.`,
        assigneeId: people.checkerId,
        verdictById: people.checkerId,
        approvedById: people.editorId,
        approvedAt: new Date(),
        sources: {
          create: {
            url: `https://statistik.example/tabelle-${index + 1}`,
            title: `Tabelle ${index + 1}`,
            publisher: 'Statistisches Landesamt',
            accessedAt: new Date('2026-11-20T10:00:00Z'),
            archiveUrl: `https://archive.example/statistik/tabelle-${index + 1}`,
            stance: 'REFUTES',
            addedById: people.checkerId,
          },
        },
      },
      select: { id: true },
    });
    claims.push(claim);
  }
  return claims;
}

/** A German article with the given approved claims. */
export async function createArticleWithApprovedClaims(people: { checkerId: string; editorId: string }, specs: readonly ApprovedClaimSpec[]) {
  const article = await db.article.create({
    data: {
      title: 'Brückensperrung in Lindenau',
      outlet: 'Lindenauer Rundschau',
      url: 'https://rundschau.example/lindenau/bruecke',
      author: 'Miriam Albers',
      publishedAt: new Date('2026-11-02T07:30:00Z'),
      language: 'de',
      body: specs.map((spec) => spec.text).join(' '),
      createdById: people.editorId,
    },
    select: { id: true },
  });
  return { article, claims: await createApprovedClaims(article.id, people, specs) };
}
