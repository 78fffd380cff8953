import { db } from '@/lib/db';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

export async function listUsers(): Promise<PublicUser[]> {
  return db.user.findMany({ select: PUBLIC_USER_FIELDS, orderBy: [{ active: 'desc' }, { name: 'asc' }] });
}
