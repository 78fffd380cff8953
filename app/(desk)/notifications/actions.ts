'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/server/define-action';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';

const markReadSchema = z.object({
  /** Empty: all of the person's notifications. */
  ids: z.array(z.string().min(1).max(64)).or(z.string().min(1).max(64).transform((id) => [id])).optional(),
});

export const markNotificationsReadAction = defineAction({
  permission: 'account:manage-own',
  schema: markReadSchema,
  run: ({ ids }, user) => markNotificationsRead(user.id, ids),
  revalidate: ['/notifications'],
});
