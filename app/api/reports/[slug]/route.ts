import { definePublicRoute } from '@/lib/server/define-route';
import { PUBLIC_REPORT_CACHE } from '@/lib/server/reports/public-report-cache-policy';
import { publicReportResponse } from '@/lib/server/reports/public-report-response';
import { publicReportQuerySchema } from '@/lib/validations/report';

export const dynamic = 'force-dynamic';

/** The JSON export (schema at /api/reports/schema); `?version=N` for an earlier version. */
export const GET = definePublicRoute({
  query: publicReportQuerySchema,
  cache: PUBLIC_REPORT_CACHE,
  run: ({ slug, version }) => publicReportResponse(slug, 'json', version),
});
