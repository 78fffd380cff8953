import { can } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/auth/roles';
import { db } from '@/lib/db';

/** The people claims can be assigned to: everyone active who researches. */
export async function listAssignees() {
  return db.user.findMany({
    where: { active: true, role: { in: ROLES.filter((role) => can(role, 'claim:research')) } },
    select: { id: true, name: true, email: true },
    orderBy: { name: 'asc' },
  });
}

export type Assignee = Awaited<ReturnType<typeof listAssignees>>[number];
