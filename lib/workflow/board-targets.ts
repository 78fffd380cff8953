import { can } from '@/lib/auth/permissions';
import { decideAssignment } from './decide-assignment';
import { CLAIM_MOVES, decideMove, MOVES_NEEDING_COMMENT, type ClaimMove, type MoveContext } from './decide-move';
import type { ClaimStatus } from './claim-statuses';

/** Where a card on the board may be dropped, and what dropping it there does. */
export type BoardTarget =
  | { status: ClaimStatus; kind: 'move'; move: ClaimMove; needsComment: boolean }
  | { status: 'ASSIGNED'; kind: 'take' };

/** Cross-checks judge each source and publishing needs a report: those happen on their own pages. */
const BOARD_MOVES = CLAIM_MOVES.filter((move) => !move.includes('cross-check') && move !== 'publish');

export function boardTargets(context: MoveContext): BoardTarget[] {
  const targets: BoardTarget[] = [];
  for (const move of BOARD_MOVES) {
    const decision = decideMove(move, context);
    if (decision.ok) targets.push({ status: decision.to, kind: 'move', move, needsComment: MOVES_NEEDING_COMMENT.includes(move) });
  }
  const take = decideAssignment({ actor: context.actor, claim: context.claim, to: context.actor.id });
  if (context.claim.status === 'OPEN' && take.ok && can(context.actor.role, 'claim:research')) targets.push({ status: 'ASSIGNED', kind: 'take' });
  return targets;
}
