import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { reportComposerPath } from '@/lib/reports/report-desk-paths';
import { reportStatus } from '@/lib/reports/report-status';
import type { ReportListItem } from '@/lib/server/reports/list-reports';
import { DataTable } from '@/components/ui/data-table';
import { ReportStatusBadge } from './report-status-badge';

const COMPOSER_LINKS = { DRAFT: 'continueDraft', PUBLISHED: 'correct', WITHDRAWN: 'republish' } as const;

export async function ReportTable({ reports, canPublish }: { reports: ReportListItem[]; canPublish: boolean }) {
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  return (
    <DataTable columns={[{ label: t('report') }, { label: t('status') }, { label: t('versions') }, { label: t('links') }]}>
      {reports.map((report) => {
        const status = reportStatus(report);
        const pageUrl = `/reports/${report.slug}`;
        return (
          <tr key={report.id} className="align-top">
            <td>
              <span lang={report.language} className="block font-medium">
                {report.versions[0]?.headline ?? report.headline}
              </span>
              <Link href={`/articles/${report.article.id}`} className="text-xs text-brand-700 hover:underline">
                {report.article.title}
              </Link>
            </td>
            <td>
              <ReportStatusBadge status={status} label={t(`statuses.${status}`)} />
              {report.unpublishedAt && <span className="mt-1 block text-xs text-slate-600">{date(report.unpublishedAt)}</span>}
            </td>
            <td>
              {report.versions.length ? (
                <ol className="flex flex-col gap-1">
                  {report.versions.map((version) => (
                    <li key={version.number}>
                      <a href={`${pageUrl}/v/${version.number}`} className="text-brand-700 hover:underline">
                        {t('versionLabel', { number: version.number })}
                      </a>{' '}
                      <span className="text-slate-600">{date(version.publishedAt)}</span>
                      {version.correctionNote && <span className="block text-xs text-slate-600">{version.correctionNote}</span>}
                    </li>
                  ))}
                </ol>
              ) : (
                '–'
              )}
            </td>
            <td>
              <span className="flex flex-col gap-1">
                {status === 'PUBLISHED' && (
                  <a href={pageUrl} className="text-brand-700 hover:underline">
                    {t('publicPage')}
                  </a>
                )}
                {canPublish && (
                  <Link href={reportComposerPath(report.article.id)} className="text-brand-700 hover:underline">
                    {t(COMPOSER_LINKS[status])}
                  </Link>
                )}
              </span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
