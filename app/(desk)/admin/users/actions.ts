'use server';

import { defineAction } from '@/lib/server/define-action';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema } from '@/lib/validations/user';
import { createUser } from '@/lib/server/users/create-user';
import { resetPassword } from '@/lib/server/users/reset-password';
import { updateUserAccess } from '@/lib/server/users/update-user-access';

const USERS_PAGE = '/admin/users';

export const createUserAction = defineAction({
  permission: 'user:manage',
  schema: createUserSchema,
  run: async (input, admin) => (await createUser(input, admin.id)).email,
  revalidate: [USERS_PAGE],
});

export const changeRoleAction = defineAction({
  permission: 'user:manage',
  schema: changeRoleSchema,
  run: async ({ userId, role }, admin) => (await updateUserAccess(userId, { role }, admin.id)).id,
  revalidate: [USERS_PAGE],
});

export const setActiveAction = defineAction({
  permission: 'user:manage',
  schema: setActiveSchema,
  run: async ({ userId, active }, admin) => (await updateUserAccess(userId, { active }, admin.id)).id,
  revalidate: [USERS_PAGE],
});

/** Answers the one-time password: the only time anyone sees it. */
export const resetPasswordAction = defineAction({
  permission: 'user:manage',
  schema: resetPasswordSchema,
  run: async ({ userId }, admin) => resetPassword(userId, admin.id),
  revalidate: [USERS_PAGE],
});
