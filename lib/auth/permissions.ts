import type { Role } from './roles';

export const ACTIONS = [
  'account:manage-own',
  'article:view',
  'article:create',
  'claim:view-all',
  'claim:view-assigned',
  'claim:triage',
  'claim:assign',
  'claim:research',
  'claim:review',
  'report:view',
  'report:publish',
  'user:manage',
] as const;

export type Action = (typeof ACTIONS)[number];

const EDITOR_ACTIONS: readonly Action[] = [
  'account:manage-own',
  'article:view',
  'article:create',
  'claim:view-all',
  'claim:triage',
  'claim:assign',
  'claim:review',
  'report:view',
  'report:publish',
];

/** The one table every server entry point asks: role → what it may do. */
export const PERMISSIONS: Record<Role, readonly Action[]> = {
  ADMIN: [...EDITOR_ACTIONS, 'user:manage'],
  EDITOR: EDITOR_ACTIONS,
  FACT_CHECKER: ['account:manage-own', 'article:view', 'claim:view-assigned', 'claim:research'],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** One action, or several of which any suffices: the form every server entry point names its need in. */
export type Permission = Action | readonly Action[];

export function canAny(role: Role, permission: Permission): boolean {
  return [permission].flat().some((action) => can(role, action));
}
