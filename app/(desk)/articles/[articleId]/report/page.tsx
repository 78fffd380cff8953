import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { reportStatus } from '@/lib/reports/report-status';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { findReportWorkspace } from '@/lib/server/reports/find-report-workspace';
import { ratingLabel } from '@/lib/workflow/rating-label';
import { ReportComposeForm } from '@/components/reports/report-compose-form';
import { ReportStatusBadge } from '@/components/reports/report-status-badge';
import { ReportUnpublishForm } from '@/components/reports/report-unpublish-form';
import { ReportVersionList } from '@/components/reports/report-version-list';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { PageHeader } from '@/components/ui/page-header';
import { saveReportDraftAction, unpublishReportAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

interface ReportComposerProps {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ published?: string; unpublished?: string }>;
}

export default async function ReportComposerPage({ params, searchParams }: ReportComposerProps) {
  await requirePagePermission('report:publish');
  const [{ articleId }, outcome] = await Promise.all([params, searchParams]);
  const workspace = await findReportWorkspace(articleId);
  if (!workspace) notFound();
  const t = await getTranslations('reports');
  const { report } = workspace;
  const status = report && reportStatus(report);
  const language = report?.language ?? (isLocale(workspace.language) ? workspace.language : 'en');
  const claims = workspace.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    speaker: claim.speaker,
    rating: claim.rating ? ratingLabel(claim.rating, language) : '–',
    sourceCount: claim._count.sources,
    published: claim.status === 'PUBLISHED',
  }));
  const pageUrl = report && `/reports/${report.slug}`;

  return (
    <ClientMessages namespaces={['reports.compose', 'reports.unpublish']}>
      <PageHeader title={t('compose.title')} intro={workspace.title}>
        <Link href={`/articles/${workspace.id}`} className="text-sm text-brand-700 underline">
          {t('compose.backToArticle')}
        </Link>
      </PageHeader>
      <div className="flex flex-col gap-8">
        {outcome.published && <FormStatus tone="success" message={t('compose.published', { number: Number(outcome.published) })} />}
        {outcome.unpublished && <FormStatus tone="success" message={t('compose.unpublished')} />}
        {report && status && pageUrl && status !== 'DRAFT' && (
          <section aria-labelledby="report-state" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="report-state" className="flex items-center gap-2 text-lg font-semibold">
              {t('compose.state')} <ReportStatusBadge status={status} label={t(`statuses.${status}`)} />
            </h2>
            {status === 'PUBLISHED' ? (
              <p className="text-sm">
                <a href={pageUrl} className="font-medium text-brand-700 underline">
                  {t('compose.publicPage')}
                </a>
              </p>
            ) : (
              <p className="text-sm text-slate-700">{t('compose.withdrawnBecause', { reason: report.unpublishReason ?? '' })}</p>
            )}
            <ReportVersionList versions={report.versions} pageUrl={pageUrl} />
          </section>
        )}
        <section aria-labelledby="compose" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="compose" className="mb-1 text-lg font-semibold">
            {status && status !== 'DRAFT' ? t('compose.correctionTitle') : t('compose.draftTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-600">{t('compose.intro')}</p>
          {workspace.inWorkflow > 0 && <p className="mb-4 text-sm text-slate-700">{t('compose.inWorkflow', { count: workspace.inWorkflow })}</p>}
          {claims.length ? (
            <ReportComposeForm
              articleId={workspace.id}
              claims={claims}
              draft={{ headline: report?.headline ?? workspace.title, summary: report?.summary ?? '', language, claimIds: report?.claimIds ?? [] }}
              saveDraft={saveReportDraftAction}
            />
          ) : (
            <EmptyState message={t('compose.noApprovedClaims')} />
          )}
        </section>
        {status === 'PUBLISHED' && (
          <section aria-labelledby="unpublish" className="rounded-lg border border-red-200 bg-white p-4">
            <h2 id="unpublish" className="mb-1 text-lg font-semibold">{t('unpublish.title')}</h2>
            <p className="mb-4 text-sm text-slate-600">{t('unpublish.intro')}</p>
            <ReportUnpublishForm articleId={workspace.id} unpublish={unpublishReportAction} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
