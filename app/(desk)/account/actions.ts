'use server';

import { defineAction } from '@/lib/server/define-action';
import { changePasswordSchema } from '@/lib/validations/user';
import { changePassword } from '@/lib/server/users/change-password';

/** Answers the email, so the form can sign this browser in again (the change ends every session). */
export const changePasswordAction = defineAction({
  permission: 'account:manage-own',
  schema: changePasswordSchema,
  run: async ({ currentPassword, newPassword }, user) => {
    await changePassword(user.id, currentPassword, newPassword);
    return user.email;
  },
});
