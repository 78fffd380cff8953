import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listReports } from '@/lib/server/reports/list-reports';
import { ReportTable } from '@/components/reports/report-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export default async function ReportsPage() {
  const user = await requirePagePermission('report:view');
  const [t, reports] = await Promise.all([getTranslations('reports'), listReports()]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {reports.length === 0 ? <EmptyState message={t('empty')} /> : <ReportTable reports={reports} canPublish={can(user.role, 'report:publish')} />}
    </>
  );
}
