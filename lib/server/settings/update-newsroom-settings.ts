import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import type { NewsroomSettingsInput } from '@/lib/validations/settings';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { SETTINGS_FIELDS, type NewsroomSettings } from './find-newsroom-settings';

/** Saves the admin's settings, with their audit event, unless another admin saved since they loaded the form. */
export async function updateNewsroomSettings(input: NewsroomSettingsInput, actorId: string): Promise<NewsroomSettings> {
  const { updatedAt: seen, ...change } = input;
  return db.$transaction(async (tx) => {
    const { updatedAt, ...before } = await tx.newsroomSettings.findUniqueOrThrow({ where: { id: 1 }, select: SETTINGS_FIELDS });
    const { count } = await tx.newsroomSettings.updateMany({ where: { id: 1, updatedAt: seen }, data: change });
    if (count === 0) throw new AppError('CONFLICT', 'SETTINGS_CHANGED');
    await recordAuditEvent(tx, { actorId, entityType: 'NewsroomSettings', entityId: '1', action: 'settings.updated', before, after: change });
    return tx.newsroomSettings.findUniqueOrThrow({ where: { id: 1 }, select: SETTINGS_FIELDS });
  });
}
