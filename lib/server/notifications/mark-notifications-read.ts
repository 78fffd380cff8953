import { db } from '@/lib/db';

/** Marks the given notifications (or all) of a person read; never anyone else's. */
export async function markNotificationsRead(recipientId: string, ids?: readonly string[]): Promise<{ count: number }> {
  return db.notification.updateMany({
    where: { recipientId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: new Date() },
  });
}
