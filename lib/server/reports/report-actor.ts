import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors/app-error';

export interface ReportActor {
  id: string;
  role: Role;
}

/** Asked by every report write itself too, so no caller can skip it: only editors and admins publish. */
export function assertMayPublish(actor: ReportActor): void {
  if (!can(actor.role, 'report:publish')) throw new AppError('FORBIDDEN');
}
