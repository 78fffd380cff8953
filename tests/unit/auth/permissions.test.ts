import { ACTIONS, can, type Action } from '@/lib/auth/permissions';
import { ROLES, type Role } from '@/lib/auth/roles';

// The expected table, written out by hand: a change to PERMISSIONS must change this too.
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  'account:manage-own': { ADMIN: true, EDITOR: true, FACT_CHECKER: true },
  'article:view': { ADMIN: true, EDITOR: true, FACT_CHECKER: true },
  'article:create': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'claim:view-all': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'claim:view-assigned': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'claim:triage': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'claim:assign-any': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'claim:assign-open': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'claim:research': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'claim:research-any': { ADMIN: true, EDITOR: false, FACT_CHECKER: false },
  'claim:cross-check': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'claim:review': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'claim:note': { ADMIN: true, EDITOR: true, FACT_CHECKER: true },
  'claim:link-match': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'report:view': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'report:publish': { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'settings:manage': { ADMIN: true, EDITOR: false, FACT_CHECKER: false },
  'audit:view': { ADMIN: true, EDITOR: false, FACT_CHECKER: false },
  'user:manage': { ADMIN: true, EDITOR: false, FACT_CHECKER: false },
  'factcheck:import': { ADMIN: true, EDITOR: false, FACT_CHECKER: false },
};

const cases = ACTIONS.flatMap((action) => ROLES.map((role) => [role, action, EXPECTED[action][role]] as const));

describe('permission table', () => {
  test('covers every action in the expected table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  test.each(cases)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });
});
