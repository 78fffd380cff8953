import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from '@/lib/i18n/locales';

async function resolveLocale(): Promise<Locale> {
  // The language is cosmetic: when the database is down the "service unavailable"
  // page must still render, in the browser's language.
  const user = await getCurrentUser().catch(() => null);
  if (user?.locale) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get('accept-language')) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: (await import(`@/lib/i18n/messages/${locale}.json`)).default };
});
