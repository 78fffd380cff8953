import type { ClaimType } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { extractClaims } from '@/lib/claims/extract-claims';
import type { Claim } from '@/lib/claims/types';
import { db } from '@/lib/db';
import type { ArticleInput } from '@/lib/validations/article';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

function claimRow(articleId: string, claim: Claim): Prisma.ClaimCreateManyInput {
  return {
    articleId,
    text: claim.text,
    startOffset: claim.start,
    endOffset: claim.end,
    type: claim.type.toUpperCase() as ClaimType,
    score: claim.score,
    reasons: claim.reasons as unknown as Prisma.InputJsonValue,
    quantities: claim.quantities as unknown as Prisma.InputJsonValue,
    entities: claim.entities as unknown as Prisma.InputJsonValue,
    speaker: claim.speaker?.name ?? null,
  };
}

/** Stores an article with the check-worthy claims found in it, all or nothing. */
export async function createArticle(input: ArticleInput, actorId: string): Promise<{ id: string; claimCount: number }> {
  const extraction = extractClaims(input.body, input.language === 'auto' ? {} : { language: input.language });
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: input.title,
        outlet: input.outlet ?? null,
        author: input.author ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        language: extraction.language,
        body: input.body,
        createdById: actorId,
      },
      select: { id: true },
    });
    const { count } = await tx.claim.createMany({ data: extraction.claims.map((claim) => claimRow(article.id, claim)) });
    await recordAuditEvent(tx, {
      actorId,
      entityType: 'Article',
      entityId: article.id,
      action: 'article.created',
      after: { title: input.title, language: extraction.language, claims: count },
    });
    return { id: article.id, claimCount: count };
  });
}
