import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { PageHeader } from '@/components/ui/page-header';
import { changePasswordAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  await requirePagePermission('account:manage-own');
  const t = await getTranslations('account');
  return (
    <ClientMessages namespaces={['account', 'common']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ChangePasswordForm changePassword={changePasswordAction} />
    </ClientMessages>
  );
}
