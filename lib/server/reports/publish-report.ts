import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { reportFingerprint } from '@/lib/reports/report-fingerprint';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { changeClaim } from '@/lib/server/claims/change-claim';
import { refusalError } from '@/lib/server/claims/refusal-error';
import { listRatings } from '@/lib/server/ratings/list-ratings';
import { findNewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import type { PublishReportInput } from '@/lib/validations/report';
import { decideMove } from '@/lib/workflow/decide-move';
import { gatherReportSnapshot } from './gather-report-snapshot';
import { notifyReportChanged } from './notify-report-changed';
import { assertMayPublish, type ReportActor } from './report-actor';

// Thirty claims mean sixty writes; the embedded database is slower than a server.
const TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * Publishes the article's report draft as its next version, in one transaction: the frozen
 * snapshot, each approved claim moved to PUBLISHED (through changeClaim, so with its version
 * check and audit event), and the report's own audit event. Only what the editor previewed
 * (the fingerprint) is published; a correction needs its note.
 */
export async function publishReport(input: PublishReportInput, actor: ReportActor): Promise<{ slug: string; version: number }> {
  assertMayPublish(actor);
  const [settings, scale] = await Promise.all([findNewsroomSettings(), listRatings({ includeRetired: true })]);
  return db.$transaction(
    async (tx) => {
      // Taking the report's row first queues concurrent publishes of one report behind each other.
      const report = await tx.report.update({
        where: { articleId: input.articleId },
        data: { updatedAt: new Date() },
        select: { id: true, slug: true, articleId: true, headline: true, summary: true, language: true, claimIds: true },
      });
      const latest = await tx.reportVersion.findFirst({ where: { reportId: report.id }, orderBy: { number: 'desc' }, select: { number: true } });
      const previous = latest?.number ?? 0;
      if (previous > 0 && !input.correctionNote) {
        throw new AppError('INVALID', undefined, { correctionNote: { key: 'validation.required' } });
      }

      const { snapshot, claims } = await gatherReportSnapshot(tx, report, settings, scale);
      if (reportFingerprint(snapshot, previous) !== input.fingerprint) throw new AppError('CONFLICT', 'REPORT_CHANGED_SINCE_PREVIEW');

      const publishedAt = new Date();
      for (const claim of claims) {
        if (claim.status === 'PUBLISHED') continue;
        const decision = decideMove('publish', { actor, claim, crossCheckEnabled: settings.crossCheckEnabled });
        if (!decision.ok) throw refusalError(decision.reason);
        await changeClaim(tx, {
          claimId: claim.id,
          version: claim.version,
          actorId: actor.id,
          action: 'claim.publish',
          data: { status: decision.to, statusChangedAt: publishedAt, statusChangedById: actor.id },
          before: { status: claim.status },
          after: { status: decision.to, reportId: report.id },
        });
      }

      const number = previous + 1;
      await tx.reportVersion.create({
        data: {
          reportId: report.id,
          number,
          headline: snapshot.headline,
          language: snapshot.language,
          content: snapshot,
          correctionNote: previous > 0 ? input.correctionNote : null,
          publishedById: actor.id,
          publishedAt,
        },
      });
      await tx.report.update({ where: { id: report.id }, data: { publishedAt, unpublishedAt: null, unpublishReason: null } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        entityType: 'Report',
        entityId: report.id,
        action: previous > 0 ? 'report.corrected' : 'report.published',
        after: { version: number, claimIds: snapshot.claims.map((claim) => claim.id), correctionNote: previous > 0 ? input.correctionNote : null },
      });
      await notifyReportChanged(tx, report.slug);
      return { slug: report.slug, version: number };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
