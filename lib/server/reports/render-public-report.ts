import { AppError } from '@/lib/errors/app-error';
import { reportUrls, type ExportFormat } from '@/lib/reports/published-report';
import { renderReportCsv } from '@/lib/reports/report-csv';
import { buildReportExport } from '@/lib/reports/report-export';
import { renderReportMarkdown } from '@/lib/reports/report-markdown';
import { renderReportNotice, renderReportPage } from '@/lib/reports/report-page';
import { findPublicReport, type PublicReport } from './find-public-report';
import { cachedRendering } from './public-report-cache';
import { publicBaseUrl } from './public-base-url';
import { reportTextFor } from './report-text-for';

export type PublicReportFormat = 'page' | ExportFormat;

const CONTENT_TYPES: Record<PublicReportFormat, string> = {
  page: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const FILE_EXTENSIONS: Partial<Record<PublicReportFormat, string>> = { markdown: 'md', csv: 'csv' };

export interface RenderedReport {
  status: 200 | 410;
  body: string;
  contentType: string;
  /** For downloads: the file name to save as. */
  fileName: string | null;
}

export const reportSchemaUrl = () => `${publicBaseUrl()}/api/reports/schema`;

function gone(found: Extract<PublicReport, { state: 'unpublished' }>, format: PublicReportFormat): string {
  const { t, date } = reportTextFor(found.language);
  const message = t('gone.message', { date: date(found.unpublishedAt) });
  const detail = found.reason && t('gone.reason', { reason: found.reason });
  if (format === 'page') return renderReportNotice({ language: found.language, title: t('gone.title'), message, detail });
  const text = [t('gone.title'), message, detail].filter(Boolean).join(' ');
  return format === 'json' ? JSON.stringify({ error: { code: 'GONE', message: text, unpublishedAt: found.unpublishedAt } }) : `${text}\n`;
}

async function render(slug: string, format: PublicReportFormat, version: number | undefined): Promise<RenderedReport> {
  const found = await findPublicReport(slug, version);
  // Thrown, not returned: an address that names nothing must not leave an entry in the cache.
  if (!found) throw new AppError('NOT_FOUND');
  const contentType = CONTENT_TYPES[format];
  if (found.state === 'unpublished') return { status: 410, body: gone(found, format), contentType, fileName: null };
  const { report } = found;
  const urls = reportUrls(publicBaseUrl(), report);
  const text = reportTextFor(report.snapshot.language);
  const bodies: Record<PublicReportFormat, () => string> = {
    page: () => renderReportPage(report, urls, text),
    json: () => JSON.stringify(buildReportExport(report, urls, reportSchemaUrl())),
    markdown: () => renderReportMarkdown(report, urls, text),
    csv: () => renderReportCsv(report, urls),
  };
  const extension = FILE_EXTENSIONS[format];
  const fileName = extension ? `${report.slug}-v${report.version.number}.${extension}` : null;
  return { status: 200, body: bodies[format](), contentType, fileName };
}

/** A report's page or export as the public gets it: rendered once, then served from memory until it is published or unpublished again. */
export function renderPublicReport(slug: string, format: PublicReportFormat, version?: number): Promise<RenderedReport> {
  return cachedRendering(slug, `${format} ${version ?? 'current'}`, () => render(slug, format, version));
}
