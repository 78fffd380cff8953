import { db } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { notify } from '@/lib/server/notifications/notify';
import { decideAssignment } from '@/lib/workflow/decide-assignment';
import { changeClaim } from './change-claim';
import { findClaimForChange } from './find-claim-for-change';
import { refusalError } from './refusal-error';

export interface AssignInput {
  claims: ReadonlyArray<{ claimId: string; version: number }>;
  /** One person, several to split the claims among in turn, or none to put them back to open. */
  assignees: readonly string[];
  dueAt: Date | null;
  /** For a handover: what the colleague should know. */
  note: string | null;
}

/**
 * Assigns, reassigns, hands over or unassigns claims, all in one transaction: every claim is
 * checked against the assignment rules, every assignee must be an active person who researches,
 * and each new assignee is notified.
 */
export async function assignClaims(user: Pick<PublicUser, 'id' | 'role'>, input: AssignInput): Promise<{ count: number }> {
  return db.$transaction(async (tx) => {
    const people = await tx.user.findMany({ where: { id: { in: [...input.assignees] }, active: true }, select: { id: true, role: true, name: true } });
    const assignable = new Map(people.filter((person) => can(person.role, 'claim:research')).map((person) => [person.id, person]));
    if (input.assignees.some((id) => !assignable.has(id))) {
      throw new AppError('INVALID', 'ASSIGNEE_UNAVAILABLE', { assignees: { key: 'validation.assigneeUnavailable' } });
    }
    for (const [index, ref] of input.claims.entries()) {
      const to = input.assignees.length ? (input.assignees[index % input.assignees.length] ?? null) : null;
      const claim = await findClaimForChange(tx, user, ref.claimId, ref.version);
      const decision = decideAssignment({ actor: user, claim, to });
      if (!decision.ok) throw refusalError(decision.reason);
      const handover = Boolean(to && claim.assigneeId && claim.assigneeId !== to);
      const action = to === null ? 'claim.unassigned' : handover ? 'claim.handed-over' : to === claim.assigneeId ? 'claim.due-changed' : 'claim.assigned';
      const statusChange = decision.status !== claim.status ? { statusChangedAt: new Date(), statusChangedById: user.id } : {};
      await changeClaim(tx, {
        claimId: claim.id,
        version: claim.version,
        actorId: user.id,
        action,
        data: { assigneeId: to, dueAt: to ? input.dueAt : null, status: decision.status, ...statusChange },
        before: { assigneeId: claim.assigneeId, dueAt: claim.dueAt?.toISOString() ?? null, status: claim.status },
        after: {
          assigneeId: to,
          assignee: to ? (assignable.get(to)?.name ?? null) : null,
          dueAt: to ? (input.dueAt?.toISOString() ?? null) : null,
          status: decision.status,
          ...(input.note ? { note: input.note } : {}),
        },
      });
      if (to && to !== claim.assigneeId) {
        await notify(tx, {
          recipientId: to,
          actorId: user.id,
          kind: handover ? 'HANDED_OVER' : 'ASSIGNED',
          claimId: claim.id,
          details: input.note ? { note: input.note } : {},
        });
      }
    }
    return { count: input.claims.length };
  });
}
