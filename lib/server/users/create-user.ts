import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { CreateUserInput } from '@/lib/validations/user';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { hashPassword } from './password';
import { PUBLIC_USER_FIELDS, type PublicUser } from './user-fields';

const UNIQUE_VIOLATION = 'P2002';

/** `input.email` must come through emailSchema, which lower-cases it. */
export async function createUser(input: CreateUserInput, actorId: string | null): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: PUBLIC_USER_FIELDS,
      });
      await recordAuditEvent(tx, {
        actorId,
        entityType: 'User',
        entityId: user.id,
        action: 'user.created',
        after: { email: user.email, name: user.name, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === UNIQUE_VIOLATION) {
      throw new AppError('CONFLICT', 'EMAIL_TAKEN', { email: { key: 'validation.emailTaken' } });
    }
    throw error;
  }
}
