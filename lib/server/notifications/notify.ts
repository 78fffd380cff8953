import type { Prisma } from '@/generated/prisma/client';
import type { NotificationKind } from '@/generated/prisma/enums';
import type { Tx } from '@/lib/db';

export interface NotificationInput {
  recipientId: string | null;
  actorId: string;
  kind: NotificationKind;
  claimId: string;
  details?: Prisma.InputJsonValue;
}

/** Tells someone in the app, inside the transaction of the change; nobody is told about their own doing. */
export async function notify(tx: Tx, { recipientId, actorId, kind, claimId, details }: NotificationInput): Promise<void> {
  if (!recipientId || recipientId === actorId) return;
  await tx.notification.create({ data: { recipientId, actorId, kind, claimId, details: details ?? {} } });
}
