import { CLAIM_STATUSES } from '@/lib/workflow/claim-statuses';
import { decideResearchEdit } from '@/lib/workflow/decide-research-edit';

const EDITABLE = new Set(['ASSIGNED', 'IN_RESEARCH', 'RETURNED']);

describe('decideResearchEdit', () => {
  test.each(CLAIM_STATUSES.map((status) => [status, EDITABLE.has(status)] as const))(
    'lets the assignee edit the research of a claim that is %s: %s',
    (status, editable) => {
      const decision = decideResearchEdit({ actor: { id: 'me', role: 'FACT_CHECKER' }, claim: { status, assigneeId: 'me' } });
      expect(decision).toEqual(editable ? { ok: true } : { ok: false, reason: 'MOVE_NOT_ALLOWED_FROM_STATUS' });
    },
  );

  test.each([
    ['a colleague’s claim', 'FACT_CHECKER', 'colleague', { ok: false, reason: 'NOT_YOUR_CLAIM' }],
    ['an unassigned claim', 'FACT_CHECKER', null, { ok: false, reason: 'NOT_YOUR_CLAIM' }],
    ['an editor on their own', 'EDITOR', 'me', { ok: false, reason: 'MOVE_NOT_PERMITTED' }],
    ['an admin on anyone’s', 'ADMIN', 'colleague', { ok: true }],
  ] as const)('%s (%s)', (_who, role, assigneeId, decision) => {
    expect(decideResearchEdit({ actor: { id: 'me', role }, claim: { status: 'IN_RESEARCH', assigneeId } })).toEqual(decision);
  });
});
