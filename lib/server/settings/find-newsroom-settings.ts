import { db } from '@/lib/db';

export const SETTINGS_FIELDS = {
  crossCheckEnabled: true,
  organisationName: true,
  organisationUrl: true,
  logoUrl: true,
  updatedAt: true,
} as const;

export type NewsroomSettings = {
  crossCheckEnabled: boolean;
  organisationName: string;
  organisationUrl: string | null;
  logoUrl: string | null;
  updatedAt: Date;
};

/** The newsroom's settings row (the migration creates it; created here too should it be missing). */
export async function findNewsroomSettings(): Promise<NewsroomSettings> {
  const settings = await db.newsroomSettings.findUnique({ where: { id: 1 }, select: SETTINGS_FIELDS });
  return settings ?? db.newsroomSettings.create({ data: { id: 1 }, select: SETTINGS_FIELDS });
}
