import { getTranslations } from 'next-intl/server';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { FormAction } from '@/lib/server/action-result';
import { DataTable } from '@/components/ui/data-table';
import { UserAccessControls } from './user-access-controls';

interface UserTableProps {
  users: PublicUser[];
  currentUserId: string;
  changeRole: FormAction<string>;
  setActive: FormAction<string>;
}

export async function UserTable({ users, currentUserId, changeRole, setActive }: UserTableProps) {
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
          <td>{user.active ? t('active') : t('inactive')}</td>
          <td>
            <UserAccessControls user={user} changeRole={changeRole} setActive={setActive} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
