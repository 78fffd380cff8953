import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { findNewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { NewsroomSettingsForm } from '@/components/admin/newsroom-settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { updateNewsroomSettingsAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.settings'))('title') };
}

export default async function SettingsPage() {
  await requirePagePermission('settings:manage');
  const [t, settings] = await Promise.all([getTranslations('admin.settings'), findNewsroomSettings()]);
  return (
    <ClientMessages namespaces={['admin.settings', 'common']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <NewsroomSettingsForm
        settings={{ ...settings, updatedAt: settings.updatedAt.toISOString() }}
        updateSettings={updateNewsroomSettingsAction}
      />
    </ClientMessages>
  );
}
