'use server';

import { defineAction } from '@/lib/server/define-action';
import { newsroomSettingsSchema } from '@/lib/validations/settings';
import { updateNewsroomSettings } from '@/lib/server/settings/update-newsroom-settings';

export const updateNewsroomSettingsAction = defineAction({
  permission: 'settings:manage',
  schema: newsroomSettingsSchema,
  run: async (input, admin) => (await updateNewsroomSettings(input, admin.id)).updatedAt.toISOString(),
  revalidate: ['/admin/settings'],
});
