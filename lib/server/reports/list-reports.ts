import { db } from '@/lib/db';

export async function listReports() {
  return db.report.findMany({
    select: {
      id: true,
      slug: true,
      article: { select: { id: true, title: true } },
      versions: { select: { number: true, publishedAt: true }, orderBy: { number: 'desc' }, take: 1 },
    },
    orderBy: { updatedAt: 'desc' },
  });
}
