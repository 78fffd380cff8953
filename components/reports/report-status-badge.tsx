import type { ReportStatus } from '@/lib/reports/report-status';

const COLOURS: Record<ReportStatus, string> = {
  DRAFT: 'bg-slate-100 text-slate-800',
  PUBLISHED: 'bg-emerald-200 text-emerald-950',
  WITHDRAWN: 'bg-red-100 text-red-900',
};

export function ReportStatusBadge({ status, label }: { status: ReportStatus; label: string }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${COLOURS[status]}`}>{label}</span>;
}
