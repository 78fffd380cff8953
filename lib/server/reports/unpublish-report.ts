import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { UnpublishReportInput } from '@/lib/validations/report';
import { notifyReportChanged } from './notify-report-changed';
import { assertMayPublish, type ReportActor } from './report-actor';

/**
 * Withdraws a published report: its addresses answer 410 with the reason from now on. Its
 * versions stay, and publishing a new version (with a correction note) brings it back.
 */
export async function unpublishReport(input: UnpublishReportInput, actor: ReportActor): Promise<{ slug: string }> {
  assertMayPublish(actor);
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { articleId: input.articleId }, select: { id: true, slug: true } });
    if (!report) throw new AppError('NOT_FOUND');
    const { count } = await tx.report.updateMany({
      where: { id: report.id, unpublishedAt: null, versions: { some: {} } },
      data: { unpublishedAt: new Date(), unpublishReason: input.reason },
    });
    if (count === 0) throw new AppError('CONFLICT', 'REPORT_NOT_PUBLISHED');
    await recordAuditEvent(tx, { actorId: actor.id, entityType: 'Report', entityId: report.id, action: 'report.unpublished', after: { reason: input.reason } });
    await notifyReportChanged(tx, report.slug);
    return { slug: report.slug };
  });
}
