'use server';

import { defineAction } from '@/lib/server/define-action';
import { finishPasswordResetSchema } from '@/lib/validations/user';
import { finishPasswordReset } from '@/lib/server/users/finish-password-reset';

/** The one action open to someone whose password was reset (authorise lets account:manage-own through). */
export const finishPasswordResetAction = defineAction({
  permission: 'account:manage-own',
  schema: finishPasswordResetSchema,
  run: async ({ newPassword }, user) => {
    await finishPasswordReset(user.id, newPassword);
    return user.email;
  },
});
