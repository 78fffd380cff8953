import type { NotificationKind } from '@/generated/prisma/enums';
import { db, type Tx } from '@/lib/db';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { notify } from '@/lib/server/notifications/notify';
import { decideMove, type ClaimMove } from '@/lib/workflow/decide-move';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { changeClaim } from './change-claim';
import { findClaimForChange } from './find-claim-for-change';
import { refusalError } from './refusal-error';

export interface MoveInput {
  claimId: string;
  version: number;
  move: ClaimMove;
  comment?: string;
}

/** Whom a move concerns besides the one who makes it. */
const NOTIFY_ASSIGNEE: Partial<Record<ClaimMove, NotificationKind>> = {
  return: 'RETURNED',
  reopen: 'REOPENED',
  approve: 'APPROVED',
  'dispute-cross-check': 'RETURNED',
};

type Actor = Pick<PublicUser, 'id' | 'role'>;

/** One step of the status machine, inside a transaction: checked, recorded, and told to whom it concerns. */
export async function moveClaimIn(tx: Tx, user: Actor, input: MoveInput): Promise<{ version: number; status: ClaimStatus }> {
  const claim = await findClaimForChange(tx, user, input.claimId, input.version);
  const settings = await tx.newsroomSettings.findUnique({ where: { id: 1 }, select: { crossCheckEnabled: true } });
  const decision = decideMove(input.move, { actor: user, claim, crossCheckEnabled: settings?.crossCheckEnabled ?? false });
  if (!decision.ok) throw refusalError(decision.reason);

  const now = new Date();
  const approval =
    input.move === 'approve' ? { approvedById: user.id, approvedAt: now } : input.move === 'reopen' ? { approvedById: null, approvedAt: null } : {};
  const { version } = await changeClaim(tx, {
    claimId: claim.id,
    version: claim.version,
    actorId: user.id,
    action: `claim.${input.move}`,
    data: { status: decision.to, statusChangedAt: now, statusChangedById: user.id, ...approval },
    before: { status: claim.status },
    after: { status: decision.to, ...(input.comment ? { comment: input.comment } : {}) },
  });
  if (input.comment && input.move !== 'dispute-cross-check') {
    await tx.note.create({ data: { claimId: claim.id, authorId: user.id, kind: 'REVIEW', body: input.comment } });
  }
  const kind = NOTIFY_ASSIGNEE[input.move];
  if (kind) {
    await notify(tx, { recipientId: claim.assigneeId, actorId: user.id, kind, claimId: claim.id, details: input.comment ? { comment: input.comment.slice(0, 200) } : {} });
  }
  if (input.move === 'submit') await notifyWhoSentItBack(tx, claim.id, user.id, decision.to);
  return { version, status: decision.to };
}

/** A claim that comes back to review (or cross-check) is announced to whoever sent it back last. */
async function notifyWhoSentItBack(tx: Tx, claimId: string, actorId: string, status: ClaimStatus) {
  const crossCheck = status === 'IN_CROSS_CHECK';
  const last = await tx.auditEvent.findFirst({
    where: { entityType: 'Claim', entityId: claimId, action: crossCheck ? 'claim.dispute-cross-check' : 'claim.return' },
    orderBy: { createdAt: 'desc' },
    select: { actorId: true },
  });
  await notify(tx, { recipientId: last?.actorId ?? null, actorId, kind: crossCheck ? 'CROSS_CHECK_REQUESTED' : 'REVIEW_REQUESTED', claimId });
}

export async function moveClaim(user: Actor, input: MoveInput) {
  return db.$transaction((tx) => moveClaimIn(tx, user, input));
}

/** The same move on several claims (bulk triage): all of them, or none when one is refused. */
export async function moveClaims(user: Actor, move: ClaimMove, claims: ReadonlyArray<{ claimId: string; version: number }>) {
  return db.$transaction(async (tx) => {
    const moved = [];
    for (const claim of claims) moved.push(await moveClaimIn(tx, user, { ...claim, move }));
    return { count: moved.length };
  });
}
