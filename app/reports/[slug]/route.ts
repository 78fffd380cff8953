import { definePublicRoute } from '@/lib/server/define-route';
import { PUBLIC_REPORT_CACHE } from '@/lib/server/reports/public-report-cache-policy';
import { publicReportResponse } from '@/lib/server/reports/public-report-response';
import { reportErrorPage } from '@/lib/server/reports/report-error-page';
import { publicReportQuerySchema } from '@/lib/validations/report';

// A route handler rather than a page: it answers 410 once a report is withdrawn, speaks the
// report's language whatever the reader's settings, and serves cached bytes with no client script.
export const dynamic = 'force-dynamic';

export const GET = definePublicRoute({
  query: publicReportQuerySchema.pick({ slug: true }),
  cache: PUBLIC_REPORT_CACHE,
  errorPage: reportErrorPage,
  run: ({ slug }) => publicReportResponse(slug, 'page'),
});
