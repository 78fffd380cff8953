import { definePublicRoute } from '@/lib/server/define-route';
import { PUBLIC_REPORT_CACHE } from '@/lib/server/reports/public-report-cache-policy';
import { publicReportResponse } from '@/lib/server/reports/public-report-response';
import { reportErrorPage } from '@/lib/server/reports/report-error-page';
import { publicReportQuerySchema } from '@/lib/validations/report';

export const dynamic = 'force-dynamic';

/** Each version at its own stable address; older ones tell search engines not to index them. */
export const GET = definePublicRoute({
  query: publicReportQuerySchema.required({ version: true }),
  cache: PUBLIC_REPORT_CACHE,
  errorPage: reportErrorPage,
  run: ({ slug, version }) => publicReportResponse(slug, 'page', version),
});
