import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/server/session/authorise';
import { listUsers } from '@/lib/server/users/list-users';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserTable } from '@/components/admin/user-table';
import { PageHeader } from '@/components/ui/page-header';
import { changeRoleAction, createUserAction, resetPasswordAction, setActiveAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function UsersPage() {
  const admin = await requirePagePermission('user:manage');
  const [t, users] = await Promise.all([getTranslations('admin'), listUsers()]);
  return (
    <ClientMessages namespaces={['admin', 'roles', 'common']}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <UserTable
          users={users}
          currentUserId={admin.id}
          actions={{ changeRole: changeRoleAction, setActive: setActiveAction, resetPassword: resetPasswordAction }}
        />
        <CreateUserForm createUser={createUserAction} />
      </div>
    </ClientMessages>
  );
}
