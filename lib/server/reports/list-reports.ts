import { db } from '@/lib/db';

/** Every report, drafts and withdrawn ones too, with its versions: the newsroom's list. */
export async function listReports() {
  return db.report.findMany({
    select: {
      id: true,
      slug: true,
      headline: true,
      language: true,
      publishedAt: true,
      unpublishedAt: true,
      unpublishReason: true,
      updatedAt: true,
      article: { select: { id: true, title: true } },
      versions: {
        select: { number: true, headline: true, publishedAt: true, correctionNote: true, publishedBy: { select: { name: true } } },
        orderBy: { number: 'desc' },
      },
    },
    orderBy: { updatedAt: 'desc' },
  });
}

export type ReportListItem = Awaited<ReturnType<typeof listReports>>[number];
