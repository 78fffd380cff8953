import { can, type Action } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { ClaimStatus } from './claim-statuses';

export const CLAIM_MOVES = [
  'accept',
  'reject',
  'restore',
  'start-research',
  'submit',
  'resume',
  'confirm-cross-check',
  'dispute-cross-check',
  'approve',
  'return',
  'reopen',
  'publish',
] as const;

export type ClaimMove = (typeof CLAIM_MOVES)[number];

/** Moves whose reason is part of the record: the person the claim goes back to reads it. */
export const MOVES_NEEDING_COMMENT: readonly ClaimMove[] = ['return', 'reopen', 'dispute-cross-check'];

interface MoveRule {
  from: readonly ClaimStatus[];
  to: ClaimStatus | ((crossCheckEnabled: boolean) => ClaimStatus);
  permission: Action;
  /** Only the claim's assignee may make it (or a role that may research anyone's claims). */
  assigneeOnly?: true;
  /** Nobody checks their own work: not the verdict's author, nor (for a cross-check) the assignee. */
  fourEyes?: true;
  /** A rating, an explanation and at least one source must be there. */
  needsVerdict?: true;
}

const RULES: Record<ClaimMove, MoveRule> = {
  accept: { from: ['CANDIDATE'], to: 'OPEN', permission: 'claim:triage' },
  reject: { from: ['CANDIDATE'], to: 'REJECTED', permission: 'claim:triage' },
  restore: { from: ['REJECTED'], to: 'CANDIDATE', permission: 'claim:triage' },
  'start-research': { from: ['ASSIGNED'], to: 'IN_RESEARCH', permission: 'claim:research', assigneeOnly: true },
  submit: {
    from: ['IN_RESEARCH'],
    to: (crossCheckEnabled) => (crossCheckEnabled ? 'IN_CROSS_CHECK' : 'IN_REVIEW'),
    permission: 'claim:research',
    assigneeOnly: true,
    needsVerdict: true,
  },
  resume: { from: ['RETURNED'], to: 'IN_RESEARCH', permission: 'claim:research', assigneeOnly: true },
  'confirm-cross-check': { from: ['IN_CROSS_CHECK'], to: 'IN_REVIEW', permission: 'claim:cross-check', fourEyes: true },
  'dispute-cross-check': { from: ['IN_CROSS_CHECK'], to: 'RETURNED', permission: 'claim:cross-check', fourEyes: true },
  approve: { from: ['IN_REVIEW'], to: 'APPROVED', permission: 'claim:review', fourEyes: true, needsVerdict: true },
  return: { from: ['IN_REVIEW'], to: 'RETURNED', permission: 'claim:review' },
  reopen: { from: ['APPROVED', 'PUBLISHED'], to: 'RETURNED', permission: 'claim:review' },
  publish: { from: ['APPROVED'], to: 'PUBLISHED', permission: 'report:publish' },
};

export interface MoveContext {
  actor: { id: string; role: Role };
  claim: {
    status: ClaimStatus;
    assigneeId: string | null;
    verdictById: string | null;
    ratingId: string | null;
    verdictExplanation: string | null;
    sourceCount: number;
  };
  crossCheckEnabled: boolean;
}

/** Why a move is refused; each has a message in the catalogs (errors.reasons.*). */
export type MoveRefusal = 'MOVE_NOT_ALLOWED_FROM_STATUS' | 'MOVE_NOT_PERMITTED' | 'NOT_YOUR_CLAIM' | 'OWN_WORK' | 'VERDICT_INCOMPLETE';

export type MoveDecision = { ok: true; to: ClaimStatus } | { ok: false; reason: MoveRefusal };

export function hasCompleteVerdict(claim: MoveContext['claim']): boolean {
  return Boolean(claim.ratingId && claim.verdictExplanation?.trim() && claim.sourceCount > 0);
}

/** The status machine: where a move takes the claim, or why it may not be made. */
export function decideMove(move: ClaimMove, { actor, claim, crossCheckEnabled }: MoveContext): MoveDecision {
  const rule = RULES[move];
  if (!can(actor.role, rule.permission)) return { ok: false, reason: 'MOVE_NOT_PERMITTED' };
  if (!rule.from.includes(claim.status)) return { ok: false, reason: 'MOVE_NOT_ALLOWED_FROM_STATUS' };
  if (rule.assigneeOnly && claim.assigneeId !== actor.id && !can(actor.role, 'claim:research-any')) {
    return { ok: false, reason: 'NOT_YOUR_CLAIM' };
  }
  if (rule.fourEyes && (claim.verdictById === actor.id || (move !== 'approve' && claim.assigneeId === actor.id))) {
    return { ok: false, reason: 'OWN_WORK' };
  }
  if (rule.needsVerdict && !hasCompleteVerdict(claim)) return { ok: false, reason: 'VERDICT_INCOMPLETE' };
  return { ok: true, to: typeof rule.to === 'function' ? rule.to(crossCheckEnabled) : rule.to };
}

/** The moves a person could make on a claim now, for the buttons a page offers. */
export function availableMoves(context: MoveContext): ClaimMove[] {
  return CLAIM_MOVES.filter((move) => move !== 'publish' && decideMove(move, context).ok);
}
