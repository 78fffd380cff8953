import type { Tx } from '@/lib/db';

/** The PostgreSQL channel on which every app instance hears that a report's public answers changed. */
export const REPORT_CHANGED_CHANNEL = 'factdesk_report_changed';

/**
 * Call inside the transaction that publishes, corrects or withdraws the report: PostgreSQL
 * delivers the notification on commit, and never for a transaction rolled back.
 */
export async function notifyReportChanged(tx: Tx, slug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${REPORT_CHANGED_CHANNEL}, ${slug})`;
}
