import { Prisma } from '@/generated/prisma/client';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { slugify, uniqueSlug } from '@/lib/reports/report-slug';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { ReportDraftInput } from '@/lib/validations/report';
import { REPORTABLE_STATUSES } from './gather-report-snapshot';
import { assertMayPublish, type ReportActor } from './report-actor';

const UNIQUE_VIOLATION = 'P2002';

async function freeSlug(tx: Tx, headline: string, reportId: string | undefined): Promise<string> {
  const similar = await tx.report.findMany({
    where: { slug: { startsWith: slugify(headline) }, ...(reportId && { id: { not: reportId } }) },
    select: { slug: true },
  });
  const taken = new Set(similar.map((report) => report.slug));
  return uniqueSlug(headline, (slug) => taken.has(slug));
}

/**
 * Keeps what the editor composed (headline, summary, language, the claims in their order) as
 * the report's draft, for the preview. Only the article's approved or published claims may be
 * chosen. The slug follows the headline until the first version is out.
 */
export async function saveReportDraft(input: ReportDraftInput, actor: ReportActor): Promise<{ reportId: string }> {
  assertMayPublish(actor);
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
      if (!article) throw new AppError('NOT_FOUND');
      const reportable = await tx.claim.count({
        where: { articleId: input.articleId, id: { in: input.claimIds }, status: { in: [...REPORTABLE_STATUSES] } },
      });
      if (reportable !== input.claimIds.length) throw new AppError('CONFLICT', 'REPORT_CLAIM_NOT_APPROVED');

      const existing = await tx.report.findUnique({
        where: { articleId: input.articleId },
        select: { id: true, slug: true, _count: { select: { versions: true } } },
      });
      const slug = existing?._count.versions ? existing.slug : await freeSlug(tx, input.headline, existing?.id);
      const draft = { slug, headline: input.headline, summary: input.summary, language: input.language, claimIds: input.claimIds };
      const report = await tx.report.upsert({
        where: { articleId: input.articleId },
        create: { articleId: input.articleId, ...draft },
        update: draft,
        select: { id: true },
      });
      await recordAuditEvent(tx, { actorId: actor.id, entityType: 'Report', entityId: report.id, action: 'report.draft-saved', after: draft });
      return { reportId: report.id };
    });
  } catch (error) {
    // Two drafts taking the same free slug at the same moment: the second is told to try again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === UNIQUE_VIOLATION) {
      throw new AppError('CONFLICT', 'CONCURRENT_CHANGE');
    }
    throw error;
  }
}
