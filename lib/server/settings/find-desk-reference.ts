import { cache } from 'react';
import { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { RATING_FIELDS, type RatingOption } from '@/lib/server/ratings/list-ratings';
import { findNewsroomSettings, SETTINGS_FIELDS, type NewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { sqlJsonObject, withTimestamps } from '@/lib/server/sql-json-object';
import { sqlName } from '@/lib/server/sql-name';

export interface ActiveUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The newsroom's rarely changing data that desk pages show beside their own. */
export interface DeskReference {
  settings: NewsroomSettings;
  /** The whole scale in its order, retired ratings included (claims keep them). */
  ratings: RatingOption[];
  /** Everyone active, by name. */
  activeUsers: ActiveUser[];
}

const ACTIVE_USER_FIELDS = { id: true, name: true, email: true, role: true } as const;
const SETTINGS_TIMESTAMPS = ['updatedAt'];
const RATING_TIMESTAMPS = ['retiredAt'];

interface ReferenceRow {
  settings: Record<string, unknown> | null;
  ratings: Record<string, unknown>[];
  activeUsers: ActiveUser[];
}

/**
 * Settings, rating scale and active users in one round trip instead of three, shared within a
 * request, with the columns their Prisma readers select. Read fresh on every request, so an
 * admin's change shows at once in every process.
 */
export const findDeskReference = cache(async (): Promise<DeskReference> => {
  const [row] = await db.$queryRaw<ReferenceRow[]>(Prisma.sql`
    SELECT
      (SELECT ${sqlJsonObject('s', SETTINGS_FIELDS, SETTINGS_TIMESTAMPS)} FROM ${sqlName('NewsroomSettings')} s WHERE s.id = 1) AS settings,
      COALESCE((SELECT json_agg(${sqlJsonObject('r', RATING_FIELDS, RATING_TIMESTAMPS)} ORDER BY r.position) FROM ${sqlName('Rating')} r), '[]') AS ratings,
      COALESCE((SELECT json_agg(${sqlJsonObject('u', ACTIVE_USER_FIELDS)} ORDER BY u.name) FROM ${sqlName('User')} u WHERE u.active), '[]') AS "activeUsers"`);
  if (!row) throw new Error('The reference query returned no row');
  return {
    // The migration creates the settings row; findNewsroomSettings creates it should it be missing.
    settings: row.settings ? withTimestamps<NewsroomSettings>(row.settings, SETTINGS_TIMESTAMPS) : await findNewsroomSettings(),
    ratings: row.ratings.map((rating) => withTimestamps<RatingOption>(rating, RATING_TIMESTAMPS)),
    activeUsers: row.activeUsers,
  };
});
