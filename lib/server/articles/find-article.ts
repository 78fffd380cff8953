import { cache } from 'react';
import { db } from '@/lib/db';
import { EXTRACTION_STATE_FIELDS } from './find-extraction-state';

/** The article with where its extraction stands; shared within a request (the page's metadata and the page both ask). */
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
      ...EXTRACTION_STATE_FIELDS,
    },
  }),
);
