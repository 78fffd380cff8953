import { db } from '@/lib/db';

const PAGE_SIZE = 50;

/** A person's notifications, newest first, with the claim each is about. */
export async function listNotifications(recipientId: string, { unreadOnly = false, page = 1 } = {}) {
  const where = { recipientId, ...(unreadOnly ? { readAt: null } : {}) };
  const [notifications, total] = await Promise.all([
    db.notification.findMany({
      where,
      select: {
        id: true,
        kind: true,
        details: true,
        readAt: true,
        createdAt: true,
        actor: { select: { name: true } },
        claim: { select: { id: true, text: true, article: { select: { title: true } } } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.notification.count({ where }),
  ]);
  return { notifications, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>['notifications'][number];
