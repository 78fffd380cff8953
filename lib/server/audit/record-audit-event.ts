import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import type { AuditEntityType } from '@/lib/audit/entity-types';

export interface AuditEventInput {
  actorId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Call inside the transaction of the change it records. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
