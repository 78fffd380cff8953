import { db } from '@/lib/db';

export async function countUnreadNotifications(recipientId: string): Promise<number> {
  return db.notification.count({ where: { recipientId, readAt: null } });
}
