import { CLAIM_MOVES, decideMove, MOVES_NEEDING_COMMENT, type ClaimMove, type MoveContext, type MoveRefusal } from './decide-move';

export interface MoveOffer {
  move: ClaimMove;
  needsComment: boolean;
  /** The move is this person's next step but cannot be made yet (a verdict is missing). */
  blockedBy?: MoveRefusal;
}

/** Cross-checks have their own form and publishing its own page. */
const PAGE_MOVES = CLAIM_MOVES.filter((move) => !move.includes('cross-check') && move !== 'publish');

/** The moves the claim page offers: those allowed now, and those only an incomplete verdict blocks. */
export function offeredMoves(context: MoveContext): MoveOffer[] {
  return PAGE_MOVES.flatMap((move): MoveOffer[] => {
    const decision = decideMove(move, context);
    const needsComment = MOVES_NEEDING_COMMENT.includes(move);
    if (decision.ok) return [{ move, needsComment }];
    if (decision.reason === 'VERDICT_INCOMPLETE') return [{ move, needsComment, blockedBy: decision.reason }];
    return [];
  });
}
