import { db } from '@/lib/db';
import { REPORTABLE_STATUSES } from './gather-report-snapshot';

/** What the report composer shows: the article, the claims a report may include, and the report so far. */
export async function findReportWorkspace(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      language: true,
      claims: {
        where: { status: { in: [...REPORTABLE_STATUSES] } },
        select: {
          id: true,
          text: true,
          speaker: true,
          status: true,
          rating: { select: { labelEn: true, labelDe: true } },
          _count: { select: { sources: true } },
        },
        orderBy: { startOffset: 'asc' },
      },
      report: {
        select: {
          id: true,
          slug: true,
          headline: true,
          summary: true,
          language: true,
          claimIds: true,
          publishedAt: true,
          unpublishedAt: true,
          unpublishReason: true,
          versions: {
            select: { number: true, publishedAt: true, correctionNote: true, publishedBy: { select: { name: true } } },
            orderBy: { number: 'desc' },
          },
        },
      },
    },
  });
  if (!article) return null;
  const inWorkflow = await db.claim.count({
    where: { articleId, status: { notIn: [...REPORTABLE_STATUSES, 'CANDIDATE', 'REJECTED'] } },
  });
  return { ...article, inWorkflow };
}

export type ReportWorkspace = NonNullable<Awaited<ReturnType<typeof findReportWorkspace>>>;
