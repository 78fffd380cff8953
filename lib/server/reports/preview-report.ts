import { db } from '@/lib/db';
import type { PublishedReport } from '@/lib/reports/published-report';
import { reportFingerprint } from '@/lib/reports/report-fingerprint';
import { listRatings } from '@/lib/server/ratings/list-ratings';
import { findNewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { gatherReportSnapshot } from './gather-report-snapshot';

/**
 * The draft as its next version would be published now, with the fingerprint the publish
 * form sends back; null when the article has no draft yet.
 */
export async function previewReport(articleId: string): Promise<{ report: PublishedReport; fingerprint: string } | null> {
  const draft = await db.report.findUnique({
    where: { articleId },
    select: {
      articleId: true,
      slug: true,
      headline: true,
      summary: true,
      language: true,
      claimIds: true,
      versions: { select: { number: true, publishedAt: true, correctionNote: true }, orderBy: { number: 'asc' } },
    },
  });
  if (!draft) return null;
  const [settings, scale] = await Promise.all([findNewsroomSettings(), listRatings({ includeRetired: true })]);
  const { snapshot } = await gatherReportSnapshot(db, draft, settings, scale);
  const versions = draft.versions.map((version) => ({ ...version, publishedAt: version.publishedAt.toISOString() }));
  const previous = versions.at(-1)?.number ?? 0;
  const next = { number: previous + 1, publishedAt: new Date().toISOString(), correctionNote: null };
  return {
    report: { slug: draft.slug, snapshot, version: next, versions: [...versions, next] },
    fingerprint: reportFingerprint(snapshot, previous),
  };
}
