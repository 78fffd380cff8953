'use server';

import { cookies } from 'next/headers';
import { definePublicAction } from '@/lib/server/define-action';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { localeSchema } from '@/lib/validations/user';
import { setUserLocale } from '@/lib/server/users/set-user-locale';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export const changeLocale = definePublicAction({
  schema: localeSchema,
  run: async ({ locale }, user) => {
    if (user) await setUserLocale(user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR_S, sameSite: 'lax', path: '/' });
    return locale;
  },
  revalidate: ['/'],
});
