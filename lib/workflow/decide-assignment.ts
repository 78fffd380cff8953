import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { ASSIGNABLE_STATUSES, type ClaimStatus } from './claim-statuses';

export interface AssignmentContext {
  actor: { id: string; role: Role };
  claim: { status: ClaimStatus; assigneeId: string | null };
  /** The new assignee, or null to put the claim back to open. */
  to: string | null;
}

export type AssignmentRefusal = 'NOT_ASSIGNABLE_IN_STATUS' | 'ASSIGNMENT_NOT_PERMITTED' | 'NOT_ASSIGNED';

export type AssignmentDecision = { ok: true; status: ClaimStatus } | { ok: false; reason: AssignmentRefusal };

/**
 * Who may give a claim to whom. Editors assign, reassign and unassign anyone's claims.
 * Fact-checkers take open claims or split them among the team, and hand over or give back their
 * own. Assigning an open claim makes it assigned; unassigning puts it back to open; a handover
 * keeps the claim where it is in its research.
 */
export function decideAssignment({ actor, claim, to }: AssignmentContext): AssignmentDecision {
  if (!ASSIGNABLE_STATUSES.includes(claim.status)) return { ok: false, reason: 'NOT_ASSIGNABLE_IN_STATUS' };
  if (to === null && claim.status === 'OPEN') return { ok: false, reason: 'NOT_ASSIGNED' };
  const mayAssignAny = can(actor.role, 'claim:assign-any');
  const ownsClaim = claim.assigneeId === actor.id;
  const mayAssignOpen = can(actor.role, 'claim:assign-open') && (claim.status === 'OPEN' || ownsClaim);
  if (!mayAssignAny && !mayAssignOpen) return { ok: false, reason: 'ASSIGNMENT_NOT_PERMITTED' };
  if (to === null) return { ok: true, status: 'OPEN' };
  return { ok: true, status: claim.status === 'OPEN' ? 'ASSIGNED' : claim.status };
}
