import type { MoveContext } from '@/lib/workflow/decide-move';
import { offeredMoves } from '@/lib/workflow/offered-moves';

const base: MoveContext = {
  actor: { id: 'me', role: 'FACT_CHECKER' },
  claim: { status: 'IN_RESEARCH', assigneeId: 'me', verdictById: 'me', ratingId: 'r', verdictExplanation: 'x', sourceCount: 1 },
  crossCheckEnabled: false,
};

describe('offeredMoves', () => {
  test.each([
    ['a complete verdict can be submitted', base, [{ move: 'submit', needsComment: false }]],
    [
      'an incomplete one is offered but blocked, with the reason',
      { ...base, claim: { ...base.claim, sourceCount: 0 } },
      [{ move: 'submit', needsComment: false, blockedBy: 'VERDICT_INCOMPLETE' }],
    ],
    [
      'returning asks for a comment',
      { ...base, actor: { id: 'ed', role: 'EDITOR' } as const, claim: { ...base.claim, status: 'IN_REVIEW' } as const },
      [
        { move: 'approve', needsComment: false },
        { move: 'return', needsComment: true },
      ],
    ],
    ['cross-checks are not offered as plain moves', { ...base, actor: { id: 'other', role: 'FACT_CHECKER' } as const, claim: { ...base.claim, status: 'IN_CROSS_CHECK' } as const }, []],
  ] as const)('%s', (_what, context, offers) => {
    expect(offeredMoves(context as MoveContext)).toEqual(offers);
  });
});
