import type { Prisma } from '@/generated/prisma/client';

/** What may leave lib/server/users: never the password hash. */
export const PUBLIC_USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  locale: true,
  mustChangePassword: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type PublicUser = Prisma.UserGetPayload<{ select: typeof PUBLIC_USER_FIELDS }>;
