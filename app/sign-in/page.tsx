import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { SignInForm } from '@/components/auth/sign-in-form';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { changeLocale } from '@/app/actions/change-locale';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect('/');
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={['signIn']}>
      <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-6">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700">{t('app.name')}</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">{t('signIn.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('app.tagline')}</p>
        </div>
        <SignInForm />
        <LanguageSwitcher changeLocale={changeLocale} />
      </main>
    </ClientMessages>
  );
}
