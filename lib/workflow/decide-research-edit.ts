import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { ClaimStatus } from './claim-statuses';
import type { MoveRefusal } from './decide-move';

/** While research is under way; once a claim is in review its sources and verdict stand still. */
const RESEARCH_STATUSES: readonly ClaimStatus[] = ['ASSIGNED', 'IN_RESEARCH', 'RETURNED'];

export interface ResearchEditContext {
  actor: { id: string; role: Role };
  claim: { status: ClaimStatus; assigneeId: string | null };
}

/** Who may change a claim's sources, rating and explanation: its assignee, while researching it. */
export function decideResearchEdit({ actor, claim }: ResearchEditContext): { ok: true } | { ok: false; reason: MoveRefusal } {
  if (!can(actor.role, 'claim:research')) return { ok: false, reason: 'MOVE_NOT_PERMITTED' };
  if (!RESEARCH_STATUSES.includes(claim.status)) return { ok: false, reason: 'MOVE_NOT_ALLOWED_FROM_STATUS' };
  if (claim.assigneeId !== actor.id && !can(actor.role, 'claim:research-any')) return { ok: false, reason: 'NOT_YOUR_CLAIM' };
  return { ok: true };
}
