'use server';

import { defineAction } from '@/lib/server/define-action';
import { changePasswordSchema } from '@/lib/validations/user';
import { changePassword } from '@/lib/server/users/change-password';

export const changePasswordAction = defineAction({
  permission: 'account:manage-own',
  schema: changePasswordSchema,
  run: async ({ currentPassword, newPassword }, user) => changePassword(user.id, currentPassword, newPassword),
});
