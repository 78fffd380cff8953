import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/**
 * Who a bulk import adds its articles as: the active account with that email, which must be
 * allowed to add articles, or else the newsroom's first admin.
 */
export async function findImportingUser(email?: string): Promise<{ id: string; email: string }> {
  const user = await db.user.findFirst({
    where: email ? { email: email.trim().toLowerCase(), active: true } : { role: 'ADMIN', active: true },
    select: { id: true, email: true, role: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!user) throw new Error(email ? `There is no active account ${email}.` : 'There is no active admin yet: name an account with --as.');
  if (!can(user.role, 'article:create')) throw new Error(`${user.email} may not add articles: name an editor or an admin with --as.`);
  return { id: user.id, email: user.email };
}
