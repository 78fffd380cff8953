import { db } from '@/lib/db';

const PAGE_SIZE = 100;

export async function listArticles() {
  return db.article.findMany({
    select: {
      id: true,
      title: true,
      outlet: true,
      language: true,
      publishedAt: true,
      createdAt: true,
      extractionStatus: true,
      _count: { select: { claims: true } },
    },
    orderBy: { createdAt: 'desc' },
    take: PAGE_SIZE,
  });
}
