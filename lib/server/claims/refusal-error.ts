import { AppError, type ErrorCode } from '@/lib/errors/app-error';
import type { AssignmentRefusal } from '@/lib/workflow/decide-assignment';
import type { MoveRefusal } from '@/lib/workflow/decide-move';

const CODES: Record<MoveRefusal | AssignmentRefusal, ErrorCode> = {
  MOVE_NOT_PERMITTED: 'FORBIDDEN',
  NOT_YOUR_CLAIM: 'FORBIDDEN',
  OWN_WORK: 'FORBIDDEN',
  ASSIGNMENT_NOT_PERMITTED: 'FORBIDDEN',
  MOVE_NOT_ALLOWED_FROM_STATUS: 'CONFLICT',
  NOT_ASSIGNABLE_IN_STATUS: 'CONFLICT',
  NOT_ASSIGNED: 'CONFLICT',
  VERDICT_INCOMPLETE: 'INVALID',
};

/** The error for a step the workflow rules refuse, with the rule's reason as its message. */
export function refusalError(reason: MoveRefusal | AssignmentRefusal): AppError {
  return new AppError(CODES[reason], reason);
}
