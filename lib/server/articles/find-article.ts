import { db } from '@/lib/db';

export async function findArticle(id: string) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      author: true,
      language: true,
      publishedAt: true,
      body: true,
      createdAt: true,
    },
  });
}
