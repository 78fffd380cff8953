import type { Role } from '@/lib/auth/roles';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/workflow/claim-statuses';
import { availableMoves, CLAIM_MOVES, decideMove, type ClaimMove, type MoveContext } from '@/lib/workflow/decide-move';

// Written out by hand: where each move takes a claim from each status (null: not from there).
const _ = null;
const EXPECTED_TO: Record<ClaimMove, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  accept: { CANDIDATE: 'OPEN' },
  reject: { CANDIDATE: 'REJECTED' },
  restore: { REJECTED: 'CANDIDATE' },
  'start-research': { ASSIGNED: 'IN_RESEARCH' },
  submit: { IN_RESEARCH: 'IN_REVIEW' },
  resume: { RETURNED: 'IN_RESEARCH' },
  'confirm-cross-check': { IN_CROSS_CHECK: 'IN_REVIEW' },
  'dispute-cross-check': { IN_CROSS_CHECK: 'RETURNED' },
  approve: { IN_REVIEW: 'APPROVED' },
  return: { IN_REVIEW: 'RETURNED' },
  reopen: { APPROVED: 'RETURNED', PUBLISHED: 'RETURNED' },
  publish: { APPROVED: 'PUBLISHED' },
};

// Which roles may make each move at all.
const MAY: Record<ClaimMove, Record<Role, boolean>> = {
  accept: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  reject: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  restore: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  'start-research': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  submit: { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  resume: { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'confirm-cross-check': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  'dispute-cross-check': { ADMIN: true, EDITOR: false, FACT_CHECKER: true },
  approve: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  return: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  reopen: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
  publish: { ADMIN: true, EDITOR: true, FACT_CHECKER: false },
};

const ME = 'me';
const COLLEAGUE = 'colleague';

function context(status: ClaimStatus, role: Role, claim: Partial<MoveContext['claim']> = {}, crossCheckEnabled = false): MoveContext {
  return {
    actor: { id: ME, role },
    claim: {
      status,
      assigneeId: role === 'FACT_CHECKER' ? ME : COLLEAGUE,
      verdictById: COLLEAGUE,
      ratingId: 'rating-false',
      verdictExplanation: 'Die Statistik sagt etwas anderes.',
      sourceCount: 1,
      ...claim,
    },
    crossCheckEnabled,
  };
}

const statusCases = CLAIM_MOVES.flatMap((move) => CLAIM_STATUSES.map((status) => [move, status, EXPECTED_TO[move][status] ?? _] as const));

describe('decideMove', () => {
  test.each(statusCases)('%s from %s leads to %s', (move, status, to) => {
    // An admin may make every move, so only the status decides here.
    const claim = move.includes('cross-check') ? { assigneeId: COLLEAGUE } : {};
    expect(decideMove(move, context(status, 'ADMIN', claim))).toEqual(to ? { ok: true, to } : { ok: false, reason: 'MOVE_NOT_ALLOWED_FROM_STATUS' });
  });

  const roleCases = CLAIM_MOVES.flatMap((move) =>
    (['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const).map((role) => [role, move, MAY[move][role]] as const),
  );
  test.each(roleCases)('%s may %s: %s', (role, move, allowed) => {
    const from = Object.keys(EXPECTED_TO[move])[0] as ClaimStatus;
    const claim = move.includes('cross-check') ? { assigneeId: COLLEAGUE } : {};
    expect(decideMove(move, context(from, role, claim)).ok).toBe(allowed);
    if (!allowed) expect(decideMove(move, context(from, role, claim))).toEqual({ ok: false, reason: 'MOVE_NOT_PERMITTED' });
  });

  test.each(['start-research', 'submit', 'resume'] as const)('refuses a fact-checker to %s a colleague’s claim', (move) => {
    const from = Object.keys(EXPECTED_TO[move])[0] as ClaimStatus;
    expect(decideMove(move, context(from, 'FACT_CHECKER', { assigneeId: COLLEAGUE }))).toEqual({ ok: false, reason: 'NOT_YOUR_CLAIM' });
    expect(decideMove(move, context(from, 'FACT_CHECKER', { assigneeId: null }))).toEqual({ ok: false, reason: 'NOT_YOUR_CLAIM' });
  });

  test.each(['ADMIN', 'EDITOR'] as const)('refuses an %s approving a verdict they wrote themselves', (role) => {
    expect(decideMove('approve', context('IN_REVIEW', role, { verdictById: ME }))).toEqual({ ok: false, reason: 'OWN_WORK' });
  });

  test.each([
    ['the verdict’s author', { verdictById: ME, assigneeId: COLLEAGUE }],
    ['the assignee', { verdictById: COLLEAGUE, assigneeId: ME }],
  ] as const)('refuses a cross-check by %s', (_who, claim) => {
    for (const move of ['confirm-cross-check', 'dispute-cross-check'] as const) {
      expect(decideMove(move, context('IN_CROSS_CHECK', 'FACT_CHECKER', claim))).toEqual({ ok: false, reason: 'OWN_WORK' });
    }
  });

  test.each([
    ['no rating', { ratingId: null }],
    ['no explanation', { verdictExplanation: null }],
    ['a blank explanation', { verdictExplanation: '   ' }],
    ['no source', { sourceCount: 0 }],
  ] as const)('refuses to send a claim with %s to review, or to approve it', (_what, claim) => {
    expect(decideMove('submit', context('IN_RESEARCH', 'FACT_CHECKER', claim))).toEqual({ ok: false, reason: 'VERDICT_INCOMPLETE' });
    expect(decideMove('approve', context('IN_REVIEW', 'EDITOR', claim))).toEqual({ ok: false, reason: 'VERDICT_INCOMPLETE' });
  });

  test('sends a submitted claim to a cross-check when the newsroom has the step', () => {
    expect(decideMove('submit', context('IN_RESEARCH', 'FACT_CHECKER', {}, true))).toEqual({ ok: true, to: 'IN_CROSS_CHECK' });
    expect(decideMove('submit', context('IN_RESEARCH', 'FACT_CHECKER', {}, false))).toEqual({ ok: true, to: 'IN_REVIEW' });
  });
});

describe('availableMoves', () => {
  test.each([
    ['an editor on a candidate', context('CANDIDATE', 'EDITOR'), ['accept', 'reject']],
    ['a fact-checker on their assigned claim', context('ASSIGNED', 'FACT_CHECKER'), ['start-research']],
    ['a fact-checker on a colleague’s claim', context('IN_RESEARCH', 'FACT_CHECKER', { assigneeId: COLLEAGUE }), []],
    ['an editor on a claim in review', context('IN_REVIEW', 'EDITOR'), ['approve', 'return']],
    ['an editor on an approved claim', context('APPROVED', 'EDITOR'), ['reopen']],
    ['a colleague on a claim in cross-check', context('IN_CROSS_CHECK', 'FACT_CHECKER', { assigneeId: COLLEAGUE }), ['confirm-cross-check', 'dispute-cross-check']],
  ] as const)('offers %s: %j', (_who, ctx, moves) => {
    expect(availableMoves(ctx)).toEqual(moves);
  });
});
