export const REPORT_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Where a report stands: never published, public, or withdrawn (its address answers 410). */
export function reportStatus(report: { unpublishedAt: Date | null; versions: readonly unknown[] }): ReportStatus {
  if (!report.versions.length) return 'DRAFT';
  return report.unpublishedAt ? 'WITHDRAWN' : 'PUBLISHED';
}
