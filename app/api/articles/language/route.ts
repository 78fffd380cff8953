import { defineRoute } from '@/lib/server/define-route';
import { languageSampleSchema } from '@/lib/validations/article';
import { detectArticleLanguage } from '@/lib/intake/detect-article-language';

export const dynamic = 'force-dynamic';

/** The language the start of a text is in, for the new-article form to show while the text is typed. */
export const GET = defineRoute({
  permission: 'article:create',
  query: languageSampleSchema,
  run: async ({ sample }) => ({ language: detectArticleLanguage(sample) }),
});
