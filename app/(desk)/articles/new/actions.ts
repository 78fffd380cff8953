'use server';

import { defineAction } from '@/lib/server/define-action';
import { articleFileSchema, articleSchema, articleUrlSchema } from '@/lib/validations/article';
import { readArticleFile } from '@/lib/intake/read-article-file';
import { createArticle } from '@/lib/server/articles/create-article';
import { importArticleFromUrl } from '@/lib/server/articles/import-article-from-url';

export const createArticleAction = defineAction({
  permission: 'article:create',
  schema: articleSchema,
  run: async (input, user) => (await createArticle(input, user.id)).id,
  revalidate: ['/articles'],
});

/** Fetches the page on the server and returns its article to fill the form; stores nothing. */
export const importArticleFromUrlAction = defineAction({
  permission: 'article:create',
  schema: articleUrlSchema,
  run: ({ url }) => importArticleFromUrl(url),
});

/** Reads an uploaded file's text to fill the form; stores nothing. */
export const readArticleFileAction = defineAction({
  permission: 'article:create',
  schema: articleFileSchema,
  run: async ({ file }) => readArticleFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
});
