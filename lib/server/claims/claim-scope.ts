import type { Prisma } from '@/generated/prisma/client';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';

/** The claims a user may see, as a where clause: fact-checkers see only their assignments. */
export function claimScopeFor(user: Pick<PublicUser, 'id' | 'role'>): Prisma.ClaimWhereInput {
  if (can(user.role, 'claim:view-all')) return {};
  if (can(user.role, 'claim:view-assigned')) return { assigneeId: user.id };
  throw new AppError('FORBIDDEN');
}
