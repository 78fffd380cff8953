import type { Role } from './roles';

export const ACTIONS = [
  'account:manage-own',
  'article:view',
  'article:create',
  /** Every claim, in every status. */
  'claim:view-all',
  /** A fact-checker's share: their own claims, open ones to take, and those awaiting a cross-check. */
  'claim:view-assigned',
  /** Accept, reject, restore, reword, merge and add claims. */
  'claim:triage',
  /** Assign, reassign and unassign anyone's claims. */
  'claim:assign-any',
  /** Take open claims, split them among the team, hand one's own claims over. */
  'claim:assign-open',
  /** Sources, verdict and the moves through research, on claims assigned to oneself. */
  'claim:research',
  /** The same on claims assigned to anyone. */
  'claim:research-any',
  'claim:cross-check',
  /** Approve, return and reopen verdicts. */
  'claim:review',
  'claim:note',
  /** Link a claim to an earlier check of it (an archive claim or another fact-checker's verdict). */
  'claim:link-match',
  'report:view',
  'report:publish',
  'settings:manage',
  'audit:view',
  'user:manage',
  /** Import other fact-checkers' published verdicts (schema.org ClaimReview files). */
  'factcheck:import',
] as const;

export type Action = (typeof ACTIONS)[number];

const EDITOR_ACTIONS: readonly Action[] = [
  'account:manage-own',
  'article:view',
  'article:create',
  'claim:view-all',
  'claim:triage',
  'claim:assign-any',
  'claim:review',
  'claim:note',
  'claim:link-match',
  'report:view',
  'report:publish',
];

/** The one table every server entry point asks: role → what it may do. */
export const PERMISSIONS: Record<Role, readonly Action[]> = {
  ADMIN: ACTIONS,
  EDITOR: EDITOR_ACTIONS,
  FACT_CHECKER: [
    'account:manage-own',
    'article:view',
    'claim:view-assigned',
    'claim:assign-open',
    'claim:research',
    'claim:cross-check',
    'claim:note',
  ],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** One action, or several of which any suffices: the form every server entry point names its need in. */
export type Permission = Action | readonly Action[];

export function canAny(role: Role, permission: Permission): boolean {
  return [permission].flat().some((action) => can(role, action));
}
