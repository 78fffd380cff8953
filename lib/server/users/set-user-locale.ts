import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
