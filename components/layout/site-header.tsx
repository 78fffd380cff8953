import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { navigationFor } from '@/lib/auth/navigation';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { FormAction } from '@/lib/server/action-result';
import type { Locale } from '@/lib/i18n/locales';
import { SearchBox } from '@/components/search/search-box';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';
import { SignOutButton } from './sign-out-button';

interface SiteHeaderProps {
  user: Pick<PublicUser, 'name' | 'role'>;
  unreadNotifications: number;
  changeLocale: FormAction<Locale>;
}

export async function SiteHeader({ user, unreadNotifications, changeLocale }: SiteHeaderProps) {
  const t = await getTranslations();
  const items = navigationFor(user.role).map((item) => ({ href: item.href, label: t(`nav.${item.label}`) }));
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
          {t('app.name')}
        </Link>
        <MainNav label={t('nav.label')} items={items} />
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <SearchBox labels={{ field: t('search.field'), placeholder: t('search.placeholder'), submit: t('search.submit') }} />
          <Link href="/notifications" data-testid="notifications-link" className="relative rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
            {t('notifications.link')}
            {unreadNotifications > 0 && (
              <span className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white" aria-label={t('notifications.unreadCount', { count: unreadNotifications })}>
                {unreadNotifications}
              </span>
            )}
          </Link>
          <Link href="/account" data-testid="signed-in-user" title={t('account.link')} className="text-slate-700 hover:underline">
            {t('header.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
          </Link>
          <LanguageSwitcher changeLocale={changeLocale} />
          <SignOutButton label={t('header.signOut')} />
        </div>
      </div>
    </header>
  );
}
