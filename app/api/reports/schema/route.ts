import { z } from 'zod';
import { definePublicRoute } from '@/lib/server/define-route';
import { reportExportJsonSchema } from '@/lib/reports/report-export-schema';

export const dynamic = 'force-dynamic';

/** The JSON export's schema: it changes only with a new schemaVersion. */
export const GET = definePublicRoute({
  query: z.object({}),
  cache: { maxAge: 3600, sharedMaxAge: 86_400, staleWhileRevalidate: 86_400 },
  run: async () => reportExportJsonSchema(),
});
