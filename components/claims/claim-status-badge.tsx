import type { ClaimStatus } from '@/lib/workflow/claim-statuses';

const COLOURS: Record<ClaimStatus, string> = {
  NEW: 'bg-slate-100 text-slate-800',
  DISMISSED: 'bg-slate-200 text-slate-700',
  ASSIGNED: 'bg-blue-100 text-blue-900',
  IN_RESEARCH: 'bg-amber-100 text-amber-900',
  IN_REVIEW: 'bg-purple-100 text-purple-900',
  CHANGES_REQUESTED: 'bg-red-100 text-red-900',
  APPROVED: 'bg-green-100 text-green-900',
};

export function ClaimStatusBadge({ status, label }: { status: ClaimStatus; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${COLOURS[status]}`}>{label}</span>;
}
