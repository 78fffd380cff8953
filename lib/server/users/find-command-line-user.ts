import { can, type Action } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/**
 * Who a command-line import is recorded as: the active account with that email (`--as`), or else
 * the newsroom's first admin; either must be allowed `action`, else `refusal` says whom to name.
 */
export async function findCommandLineUser(email: string | undefined, action: Action, refusal: string): Promise<{ id: string; email: string }> {
  const user = await db.user.findFirst({
    where: email ? { email: email.trim().toLowerCase(), active: true } : { role: 'ADMIN', active: true },
    select: { id: true, email: true, role: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!user) throw new Error(email ? `There is no active account ${email}.` : 'There is no active admin yet: name an account with --as.');
  if (!can(user.role, action)) throw new Error(`${user.email} ${refusal}`);
  return { id: user.id, email: user.email };
}
