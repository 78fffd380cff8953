import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';

export interface AuditEventInput {
  actorId: string | null;
  entityType: 'User' | 'Article' | 'Claim' | 'Source' | 'Note' | 'Report';
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Call inside the transaction of the change it records. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
