import { db } from '@/lib/db';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

/** The signed-in person and the count every desk page's header shows beside their name. */
export type SessionUser = PublicUser & { unreadNotifications: number };

/**
 * The user behind a session, or null once they are deactivated or gone, or once their
 * sessions were ended (a password reset or change raises User.sessionVersion).
 * Tokens from before session versions existed count as version 0.
 * The unread count comes in the same query: one round trip per request instead of two.
 */
export async function findSessionUser(id: string, sessionVersion = 0): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id, active: true, sessionVersion },
    select: { ...PUBLIC_USER_FIELDS, _count: { select: { notifications: { where: { readAt: null } } } } },
  });
  if (!user) return null;
  const { _count, ...fields } = user;
  return { ...fields, unreadNotifications: _count.notifications };
}
