import { cache } from 'react';
import { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import type { RatingOption } from '@/lib/server/ratings/list-ratings';
import { findNewsroomSettings, type NewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
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

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

interface ReferenceRow {
  settings: Json<NewsroomSettings> | null;
  ratings: Json<RatingOption>[];
  activeUsers: ActiveUser[];
}

// JSON carries the timestamps as text; AT TIME ZONE 'UTC' writes them with their offset, since the columns keep UTC without one.
const at = (value: string | null) => (value === null ? null : new Date(value));

/**
 * Settings, rating scale and active users in one round trip instead of three, shared within a
 * request. Read fresh on every request, so an admin's change shows at once in every process.
 */
export const findDeskReference = cache(async (): Promise<DeskReference> => {
  const [row] = await db.$queryRaw<ReferenceRow[]>(Prisma.sql`
    SELECT
      (SELECT json_build_object('crossCheckEnabled', s."crossCheckEnabled", 'organisationName', s."organisationName",
          'organisationUrl', s."organisationUrl", 'logoUrl', s."logoUrl", 'updatedAt', s."updatedAt" AT TIME ZONE 'UTC')
        FROM ${sqlName('NewsroomSettings')} s WHERE s.id = 1) AS settings,
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'key', r.key, 'labelEn', r."labelEn", 'labelDe', r."labelDe",
          'value', r.value, 'position', r.position, 'retiredAt', r."retiredAt" AT TIME ZONE 'UTC') ORDER BY r.position)
        FROM ${sqlName('Rating')} r), '[]') AS ratings,
      COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'role', u.role) ORDER BY u.name)
        FROM ${sqlName('User')} u WHERE u.active), '[]') AS "activeUsers"`);
  if (!row) throw new Error('The reference query returned no row');
  return {
    // The migration creates the settings row; findNewsroomSettings creates it should it be missing.
    settings: row.settings ? { ...row.settings, updatedAt: new Date(row.settings.updatedAt) } : await findNewsroomSettings(),
    ratings: row.ratings.map((rating) => ({ ...rating, retiredAt: at(rating.retiredAt) })),
    activeUsers: row.activeUsers,
  };
});
