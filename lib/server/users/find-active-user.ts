import { db } from '@/lib/db';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

/** The user behind a session, or null once they are deactivated or gone. */
export async function findActiveUser(id: string): Promise<PublicUser | null> {
  return db.user.findFirst({ where: { id, active: true }, select: PUBLIC_USER_FIELDS });
}
