import { can } from '@/lib/auth/permissions';
import { listActiveUsers } from '@/lib/server/users/list-active-users';

/** The people claims can be assigned to: everyone active who researches, by name. */
export async function listAssignees() {
  const users = await listActiveUsers();
  return users.filter((user) => can(user.role, 'claim:research')).map(({ id, name, email }) => ({ id, name, email }));
}

export type Assignee = Awaited<ReturnType<typeof listAssignees>>[number];
