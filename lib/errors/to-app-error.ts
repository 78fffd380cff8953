import { Prisma } from '@/generated/prisma/client';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';

const WRITE_CONFLICT = 'P2034';
const RECORD_NOT_FOUND = 'P2025';

/** The AppError an error stands for, or null when it is a bug to be reported as such. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('UNAVAILABLE');
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === WRITE_CONFLICT) return new AppError('CONFLICT', 'CONCURRENT_CHANGE');
    if (error.code === RECORD_NOT_FOUND) return new AppError('NOT_FOUND');
  }
  return null;
}
