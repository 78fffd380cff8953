import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/**
 * Who a command-line import of fact-checks is recorded as: the active account with that email,
 * which must be allowed to import them, or else the newsroom's first admin.
 */
export async function findFactCheckImporter(email?: string): Promise<{ id: string; email: string }> {
  const user = await db.user.findFirst({
    where: email ? { email: email.trim().toLowerCase(), active: true } : { role: 'ADMIN', active: true },
    select: { id: true, email: true, role: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!user) throw new Error(email ? `There is no active account ${email}.` : 'There is no active admin yet: name an account with --as.');
  if (!can(user.role, 'factcheck:import')) throw new Error(`${user.email} may not import fact-checks: name an admin with --as.`);
  return { id: user.id, email: user.email };
}
