import { boardTargets } from '@/lib/workflow/board-targets';
import type { MoveContext } from '@/lib/workflow/decide-move';

function context(status: MoveContext['claim']['status'], role: MoveContext['actor']['role'], assigneeId: string | null = 'me'): MoveContext {
  return {
    actor: { id: 'me', role },
    claim: { status, assigneeId, verdictById: assigneeId, ratingId: 'r', verdictExplanation: 'x', sourceCount: 1 },
    crossCheckEnabled: false,
  };
}

describe('boardTargets', () => {
  test.each([
    ['a fact-checker takes an open claim', context('OPEN', 'FACT_CHECKER', null), [{ status: 'ASSIGNED', kind: 'take' }]],
    ['a fact-checker starts research', context('ASSIGNED', 'FACT_CHECKER'), [{ status: 'IN_RESEARCH', kind: 'move', move: 'start-research', needsComment: false }]],
    ['a fact-checker submits', context('IN_RESEARCH', 'FACT_CHECKER'), [{ status: 'IN_REVIEW', kind: 'move', move: 'submit', needsComment: false }]],
    [
      'an editor approves or returns with a comment',
      context('IN_REVIEW', 'EDITOR', 'colleague'),
      [
        { status: 'APPROVED', kind: 'move', move: 'approve', needsComment: false },
        { status: 'RETURNED', kind: 'move', move: 'return', needsComment: true },
      ],
    ],
    ['an editor cannot publish from the board', context('APPROVED', 'EDITOR', 'colleague'), [{ status: 'RETURNED', kind: 'move', move: 'reopen', needsComment: true }]],
    ['an editor drags nothing from open (assigning is a choice of person)', context('OPEN', 'EDITOR', null), []],
  ] as const)('%s', (_what, ctx, targets) => {
    expect(boardTargets(ctx)).toEqual(targets);
  });
});
