import { db } from '@/lib/db';
import { handleOf } from '@/lib/workflow/find-mentions';

/** The @handles of everyone active, for the notes form's hint. */
export async function listMentionHandles(): Promise<string[]> {
  const users = await db.user.findMany({ where: { active: true }, select: { email: true }, orderBy: { email: 'asc' } });
  return users.map((user) => handleOf(user.email));
}
