import type { Role } from '@/lib/auth/roles';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/workflow/claim-statuses';
import { decideAssignment, type AssignmentDecision } from '@/lib/workflow/decide-assignment';

const ME = 'me';
const COLLEAGUE = 'colleague';
const OTHER = 'other';

type Case = readonly [string, Role, ClaimStatus, string | null, string | null, AssignmentDecision];

const refused = (reason: string) => ({ ok: false, reason }) as AssignmentDecision;

// [what, role, status, current assignee, new assignee, decision]
const CASES: Case[] = [
  ['a fact-checker takes an open claim', 'FACT_CHECKER', 'OPEN', null, ME, { ok: true, status: 'ASSIGNED' }],
  ['a fact-checker gives an open claim to a colleague', 'FACT_CHECKER', 'OPEN', null, COLLEAGUE, { ok: true, status: 'ASSIGNED' }],
  ['a fact-checker hands over their claim in research', 'FACT_CHECKER', 'IN_RESEARCH', ME, COLLEAGUE, { ok: true, status: 'IN_RESEARCH' }],
  ['a fact-checker hands over their returned claim', 'FACT_CHECKER', 'RETURNED', ME, COLLEAGUE, { ok: true, status: 'RETURNED' }],
  ['a fact-checker gives back their claim', 'FACT_CHECKER', 'ASSIGNED', ME, null, { ok: true, status: 'OPEN' }],
  ['a fact-checker takes a colleague’s claim', 'FACT_CHECKER', 'ASSIGNED', COLLEAGUE, ME, refused('ASSIGNMENT_NOT_PERMITTED')],
  ['a fact-checker unassigns a colleague', 'FACT_CHECKER', 'IN_RESEARCH', COLLEAGUE, null, refused('ASSIGNMENT_NOT_PERMITTED')],
  ['a fact-checker hands over a claim in review', 'FACT_CHECKER', 'IN_REVIEW', ME, COLLEAGUE, refused('NOT_ASSIGNABLE_IN_STATUS')],
  ['an editor assigns an open claim', 'EDITOR', 'OPEN', null, COLLEAGUE, { ok: true, status: 'ASSIGNED' }],
  ['an editor reassigns a claim in research', 'EDITOR', 'IN_RESEARCH', COLLEAGUE, OTHER, { ok: true, status: 'IN_RESEARCH' }],
  ['an editor changes only the due date', 'EDITOR', 'ASSIGNED', COLLEAGUE, COLLEAGUE, { ok: true, status: 'ASSIGNED' }],
  ['an editor unassigns a claim', 'EDITOR', 'RETURNED', COLLEAGUE, null, { ok: true, status: 'OPEN' }],
  ['an editor unassigns an open claim', 'EDITOR', 'OPEN', null, null, refused('NOT_ASSIGNED')],
  ['an admin reassigns anyone’s claim', 'ADMIN', 'ASSIGNED', COLLEAGUE, OTHER, { ok: true, status: 'ASSIGNED' }],
];

describe('decideAssignment', () => {
  test.each(CASES)('%s', (_what, role, status, assigneeId, to, decision) => {
    expect(decideAssignment({ actor: { id: ME, role }, claim: { status, assigneeId }, to })).toEqual(decision);
  });

  const unassignable = CLAIM_STATUSES.filter((status) => !['OPEN', 'ASSIGNED', 'IN_RESEARCH', 'RETURNED'].includes(status));
  test.each(unassignable.flatMap((status) => (['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const).map((role) => [status, role] as const)))(
    'refuses to assign a claim that is %s, even for an %s',
    (status, role) => {
      expect(decideAssignment({ actor: { id: ME, role }, claim: { status, assigneeId: ME }, to: COLLEAGUE })).toEqual(
        refused('NOT_ASSIGNABLE_IN_STATUS'),
      );
    },
  );
});
