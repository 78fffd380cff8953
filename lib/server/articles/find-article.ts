import { cache } from 'react';
import { db } from '@/lib/db';

/** Shared within a request: the article page's metadata and the page itself both ask. */
export const findArticle = cache(async (id: string) =>
  db.article.findUnique({
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
  }),
);
