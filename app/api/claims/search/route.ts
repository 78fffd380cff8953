import { defineRoute } from '@/lib/server/define-route';
import { searchArchive } from '@/lib/server/matching/search-archive';
import { archiveSearchSchema } from '@/lib/validations/search';

export const dynamic = 'force-dynamic';

/** The header's search as JSON: claims the caller may see and external fact-checks, by words, figures or names. */
export const GET = defineRoute({
  permission: ['claim:view-all', 'claim:view-assigned'],
  query: archiveSearchSchema,
  run: (search, user) => searchArchive(user, search),
});
