import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import type { PublishedReport } from '@/lib/reports/published-report';
import { readSnapshot } from '@/lib/reports/report-snapshot';

export type PublicReport =
  | { state: 'published'; report: PublishedReport }
  | { state: 'unpublished'; language: Locale; unpublishedAt: string; reason: string | null };

/** A report as the public may see it: a version (the current one unless asked), or that it was withdrawn. Null when there is nothing. */
export async function findPublicReport(slug: string, versionNumber?: number): Promise<PublicReport | null> {
  const report = await db.report.findUnique({
    where: { slug },
    select: {
      id: true,
      unpublishedAt: true,
      unpublishReason: true,
      versions: { select: { number: true, publishedAt: true, correctionNote: true, language: true }, orderBy: { number: 'asc' } },
    },
  });
  const latest = report?.versions.at(-1);
  if (!report || !latest) return null;
  if (report.unpublishedAt) {
    return { state: 'unpublished', language: latest.language, unpublishedAt: report.unpublishedAt.toISOString(), reason: report.unpublishReason };
  }
  const versions = report.versions.map((entry) => ({
    number: entry.number,
    publishedAt: entry.publishedAt.toISOString(),
    correctionNote: entry.correctionNote,
  }));
  const shown = versions.find((entry) => entry.number === (versionNumber ?? latest.number));
  if (!shown) return null;
  const version = await db.reportVersion.findUnique({
    where: { reportId_number: { reportId: report.id, number: shown.number } },
    select: { content: true },
  });
  if (!version) return null;
  return { state: 'published', report: { slug, snapshot: readSnapshot(version.content), version: shown, versions } };
}
