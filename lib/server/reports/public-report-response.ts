import { renderPublicReport, type PublicReportFormat } from './render-public-report';

/** The Response for a public report address: the page or export, a 410 once withdrawn. */
export async function publicReportResponse(slug: string, format: PublicReportFormat, version?: number): Promise<Response> {
  const rendered = await renderPublicReport(slug, format, version);
  const headers = new Headers({ 'Content-Type': rendered.contentType });
  if (rendered.fileName) headers.set('Content-Disposition', `attachment; filename="${rendered.fileName}"`);
  return new Response(rendered.body, { status: rendered.status, headers });
}
