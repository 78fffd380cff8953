import { definePublicRoute } from '@/lib/server/define-route';
import { listPublicReports } from '@/lib/server/reports/list-public-reports';
import { PUBLIC_REPORT_CACHE } from '@/lib/server/reports/public-report-cache-policy';
import { reportListQuerySchema } from '@/lib/validations/report';

export const dynamic = 'force-dynamic';

/** Published reports, newest first, `?page=N` (50 a page), for partners and aggregators. */
export const GET = definePublicRoute({
  query: reportListQuerySchema,
  cache: PUBLIC_REPORT_CACHE,
  run: ({ page }) => listPublicReports(page),
});
