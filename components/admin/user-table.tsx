import { getTranslations } from 'next-intl/server';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { FormAction } from '@/lib/server/action-result';
import { DataTable } from '@/components/ui/data-table';
import { ResetPasswordControl } from './reset-password-control';
import { UserAccessControls } from './user-access-controls';

interface UserTableProps {
  users: PublicUser[];
  currentUserId: string;
  actions: {
    changeRole: FormAction<string>;
    setActive: FormAction<string>;
    resetPassword: FormAction<{ oneTimePassword: string }>;
  };
}

export async function UserTable({ users, currentUserId, actions }: UserTableProps) {
  const t = await getTranslations('admin');
  const columns = [{ label: t('name') }, { label: t('email') }, { label: t('status') }, { label: t('actions') }];
  return (
    <DataTable columns={columns}>
      {users.map((user) => (
        <tr key={user.id} data-testid={`user-row-${user.email}`} className={user.active ? '' : 'text-slate-500'}>
          <td className="font-medium">
            {user.name}
            {user.id === currentUserId && <span className="ml-1 text-xs text-slate-600">({t('you')})</span>}
          </td>
          <td>{user.email}</td>
          <td>
            {user.active ? t('active') : t('inactive')}
            {user.mustChangePassword && <span className="block text-xs text-amber-800">{t('pendingReset')}</span>}
          </td>
          <td>
            <div className="flex flex-col gap-2">
              <UserAccessControls user={user} changeRole={actions.changeRole} setActive={actions.setActive} />
              {/* One's own password goes through the account page, which asks for the current one. */}
              {user.id !== currentUserId && <ResetPasswordControl user={user} resetPassword={actions.resetPassword} />}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
