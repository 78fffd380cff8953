import { db } from '@/lib/db';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

/**
 * The user behind a session, or null once they are deactivated or gone, or once their
 * sessions were ended (a password reset or change raises User.sessionVersion).
 * Tokens from before session versions existed count as version 0.
 */
export async function findSessionUser(id: string, sessionVersion = 0): Promise<PublicUser | null> {
  return db.user.findFirst({ where: { id, active: true, sessionVersion }, select: PUBLIC_USER_FIELDS });
}
