import type { Prisma } from '@/generated/prisma/client';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';

/**
 * The claims a user may see, as a where clause. A fact-checker sees their own claims, the open
 * ones nobody has taken yet, and colleagues' claims waiting for a cross-check.
 */
export function claimScopeFor(user: Pick<PublicUser, 'id' | 'role'>): Prisma.ClaimWhereInput {
  if (can(user.role, 'claim:view-all')) return {};
  if (can(user.role, 'claim:view-assigned')) {
    return { OR: [{ assigneeId: user.id }, { status: 'OPEN' }, { status: 'IN_CROSS_CHECK' }] };
  }
  throw new AppError('FORBIDDEN');
}
