import type { ClaimStatus } from '@/lib/workflow/claim-statuses';

/** One colour per status, shared by badges, board columns and the highlights in the article text. */
export const STATUS_COLOURS: Record<ClaimStatus, string> = {
  CANDIDATE: 'bg-slate-100 text-slate-800',
  REJECTED: 'bg-slate-200 text-slate-600',
  OPEN: 'bg-sky-100 text-sky-900',
  ASSIGNED: 'bg-blue-100 text-blue-900',
  IN_RESEARCH: 'bg-amber-100 text-amber-900',
  IN_CROSS_CHECK: 'bg-orange-100 text-orange-900',
  IN_REVIEW: 'bg-purple-100 text-purple-900',
  RETURNED: 'bg-red-100 text-red-900',
  APPROVED: 'bg-green-100 text-green-900',
  PUBLISHED: 'bg-emerald-200 text-emerald-950',
};

export function ClaimStatusBadge({ status, label }: { status: ClaimStatus; label: string }) {
  return <span className={`status-badge ${STATUS_COLOURS[status]}`}>{label}</span>;
}
