import { ACTIVE_STATUSES, type ClaimStatus } from './claim-statuses';

/** A claim is overdue when its due date has passed while someone still works on it. */
export function isOverdue(claim: { dueAt: Date | null; status: ClaimStatus }, now: Date): boolean {
  return Boolean(claim.dueAt && claim.dueAt < now && ACTIVE_STATUSES.includes(claim.status));
}
