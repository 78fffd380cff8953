import { getLocale } from 'next-intl/server';
import { renderReportNotice } from '@/lib/reports/report-page';

/** A public report address that names nothing (or fails): a short page in the visitor's language. */
export async function reportErrorPage({ message }: { status: number; message: string }): Promise<string> {
  return renderReportNotice({ language: await getLocale(), title: message });
}
