import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { FinishPasswordResetForm } from '@/components/account/finish-password-reset-form';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { changeLocale } from '@/app/actions/change-locale';
import { finishPasswordResetAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('account.forced'))('title') };
}

/** Outside the desk layout on purpose: until the new password is chosen, there is no desk to navigate. */
export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (!user.mustChangePassword) redirect('/');
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={['account', 'common']}>
      <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-6">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700">{t('app.name')}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">{t('account.forced.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('account.forced.intro', { name: user.name })}</p>
        </div>
        <FinishPasswordResetForm finishPasswordReset={finishPasswordResetAction} />
        <div className="flex items-center justify-between gap-4">
          <LanguageSwitcher changeLocale={changeLocale} />
          <SignOutButton label={t('header.signOut')} />
        </div>
      </main>
    </ClientMessages>
  );
}
