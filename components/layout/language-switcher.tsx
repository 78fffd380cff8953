'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { FormAction } from '@/lib/server/action-result';

/** Each language is a submit button, so switching works with one click or key press. */
export function LanguageSwitcher({ changeLocale }: { changeLocale: FormAction<Locale> }) {
  const t = useTranslations('language');
  const current = useLocale();
  const [, action, pending] = useActionState(changeLocale, null);
  return (
    <form action={action} aria-label={t('change')} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          disabled={pending}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-slate-700 hover:bg-slate-200 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
