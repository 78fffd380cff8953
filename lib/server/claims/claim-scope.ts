import { Prisma } from '@/generated/prisma/client';
import type { ClaimStatus } from '@/generated/prisma/enums';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { PublicUser } from '@/lib/server/users/user-fields';

type Viewer = Pick<PublicUser, 'id' | 'role'>;

/** Colleagues' claims a fact-checker sees besides their own: open ones to take, and those awaiting a cross-check. */
const SHARED_STATUSES = ['OPEN', 'IN_CROSS_CHECK'] as const satisfies readonly ClaimStatus[];

/** The rule once, as data: both forms below are read from it, so they cannot say different things. */
function scopeRule(user: Viewer): { all: true } | { all: false; assigneeId: string; statuses: readonly ClaimStatus[] } {
  if (can(user.role, 'claim:view-all')) return { all: true };
  if (can(user.role, 'claim:view-assigned')) return { all: false, assigneeId: user.id, statuses: SHARED_STATUSES };
  throw new AppError('FORBIDDEN');
}

/**
 * The claims a user may see, as a where clause. A fact-checker sees their own claims, the open
 * ones nobody has taken yet, and colleagues' claims waiting for a cross-check.
 */
export function claimScopeFor(user: Viewer): Prisma.ClaimWhereInput {
  const rule = scopeRule(user);
  if (rule.all) return {};
  return { OR: [{ assigneeId: rule.assigneeId }, ...rule.statuses.map((status) => ({ status }))] };
}

/** The same scope for raw SQL (archive matching and search), over the claim table aliased `alias`. */
export function claimScopeSql(user: Viewer, alias: string): Prisma.Sql {
  const rule = scopeRule(user);
  if (rule.all) return Prisma.sql`TRUE`;
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return Prisma.sql`(${column('assigneeId')} = ${rule.assigneeId} OR ${column('status')}::text IN (${Prisma.join([...rule.statuses])}))`;
}
