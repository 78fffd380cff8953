import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listReports } from '@/lib/server/reports/list-reports';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export default async function ReportsPage() {
  await requirePagePermission('report:view');
  const [t, format, reports] = await Promise.all([getTranslations('reports'), getFormatter(), listReports()]);
  return (
    <>
      <PageHeader title={t('title')} />
      {reports.length === 0 ? (
        <EmptyState message={t('empty')} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {reports.map((report) => {
            const latest = report.versions[0];
            return (
              <li key={report.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <span className="font-medium">{report.article.title}</span>
                {latest && (
                  <span className="text-sm text-slate-600">
                    {t('latest', { number: latest.number, date: format.dateTime(latest.publishedAt, { dateStyle: 'medium' }) })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
