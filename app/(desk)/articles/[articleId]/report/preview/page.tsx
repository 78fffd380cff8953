import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { toAppError } from '@/lib/errors/to-app-error';
import { reportUrls } from '@/lib/reports/published-report';
import { renderReportPage } from '@/lib/reports/report-page';
import { reportComposerPath } from '@/lib/reports/report-desk-paths';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { describeError } from '@/lib/server/i18n/describe-error';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publicBaseUrl } from '@/lib/server/reports/public-base-url';
import { reportTextFor } from '@/lib/server/reports/report-text-for';
import { ReportPreviewFrame } from '@/components/reports/report-preview-frame';
import { ReportPublishForm } from '@/components/reports/report-publish-form';
import { FormStatus } from '@/components/ui/form-status';
import { PageHeader } from '@/components/ui/page-header';
import { publishReportAction } from '../actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export default async function ReportPreviewPage({ params }: { params: Promise<{ articleId: string }> }) {
  await requirePagePermission('report:publish');
  const { articleId } = await params;
  const composer = reportComposerPath(articleId);
  // A claim of the draft may have been reopened or merged since: the editor is told, not sent to the error page.
  const preview = await previewReport(articleId).catch((error: unknown) => {
    const refusal = toAppError(error);
    if (!refusal) throw error;
    return refusal;
  });
  if (!preview) redirect(composer);
  const t = await getTranslations('reports.preview');
  if (!('report' in preview)) {
    const { message } = await describeError(preview);
    return (
      <>
        <PageHeader title={t('title')} />
        <div className="flex flex-col gap-4">
          <FormStatus tone="error" message={message} />
          <Link href={composer} className="text-sm text-brand-700 underline">
            {t('edit')}
          </Link>
        </div>
      </>
    );
  }
  const { report, fingerprint } = preview;
  const html = renderReportPage(report, reportUrls(publicBaseUrl(), report), reportTextFor(report.snapshot.language), { fragmentBase: 'about:srcdoc' });
  return (
    <ClientMessages namespaces={['reports.publish']}>
      <PageHeader title={t('title')} intro={t('intro')}>
        <Link href={composer} className="text-sm text-brand-700 underline">
          {t('edit')}
        </Link>
      </PageHeader>
      <div className="flex flex-col gap-6">
        <ReportPreviewFrame html={html} title={t('frameTitle')} />
        <ReportPublishForm articleId={articleId} fingerprint={fingerprint} correction={report.version.number > 1} publish={publishReportAction} />
      </div>
    </ClientMessages>
  );
}
