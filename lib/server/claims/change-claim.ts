import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { AppError, type ChangeSummary } from '@/lib/errors/app-error';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

export interface ClaimChange {
  claimId: string;
  /** The version the person saw: the change is refused when the claim has moved on since. */
  version: number;
  actorId: string;
  /** The audit action, e.g. "claim.accepted". */
  action: string;
  data: Prisma.ClaimUncheckedUpdateManyInput;
  before?: Prisma.InputJsonValue;
  after?: Record<string, Prisma.InputJsonValue | null>;
}

/**
 * Every write to a claim goes through here, inside the caller's transaction: the change only if
 * nobody changed the claim since `version` (optimistic locking), the version raised, and the
 * audit event, which carries the new version so a later conflict can say what happened since.
 */
export async function changeClaim(tx: Tx, change: ClaimChange): Promise<{ version: number }> {
  const { count } = await tx.claim.updateMany({
    where: { id: change.claimId, version: change.version },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count === 0) throw await staleVersion(tx, change.claimId, change.version);
  const version = change.version + 1;
  await recordAuditEvent(tx, {
    actorId: change.actorId,
    entityType: 'Claim',
    entityId: change.claimId,
    action: change.action,
    before: change.before,
    after: { ...change.after, version },
  });
  return { version };
}

/** The error for a save based on `version`: the changes made since, or NOT_FOUND when the claim is gone. */
export async function staleVersion(tx: Tx, claimId: string, version: number): Promise<AppError> {
  const exists = await tx.claim.count({ where: { id: claimId } });
  if (!exists) return new AppError('NOT_FOUND');
  const events = await tx.auditEvent.findMany({
    where: { entityType: 'Claim', entityId: claimId, after: { path: ['version'], gt: version } },
    select: { action: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
    take: 20,
  });
  const changes: ChangeSummary[] = events.map((event) => ({
    action: event.action,
    actor: event.actor?.name ?? null,
    at: event.createdAt.toISOString(),
  }));
  return new AppError('CONFLICT', 'CLAIM_CHANGED', undefined, changes);
}
