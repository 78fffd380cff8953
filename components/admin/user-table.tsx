import { getTranslations } from 'next-intl/server';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { FormAction } from '@/lib/server/action-result';
import { UserAccessControls } from './user-access-controls';

interface UserTableProps {
  users: PublicUser[];
  currentUserId: string;
  changeRole: FormAction<string>;
  setActive: FormAction<string>;
}

export async function UserTable({ users, currentUserId, changeRole, setActive }: UserTableProps) {
  const t = await getTranslations();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">{t('admin.name')}</th>
            <th scope="col" className="px-4 py-2">{t('admin.email')}</th>
            <th scope="col" className="px-4 py-2">{t('admin.status')}</th>
            <th scope="col" className="px-4 py-2">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-row-${user.email}`} className={user.active ? '' : 'text-slate-500'}>
              <td className="px-4 py-2 font-medium">
                {user.name}
                {user.id === currentUserId && <span className="ml-1 text-xs text-slate-600">({t('admin.you')})</span>}
              </td>
              <td className="px-4 py-2">{user.email}</td>
              <td className="px-4 py-2">{user.active ? t('admin.active') : t('admin.inactive')}</td>
              <td className="px-4 py-2">
                <UserAccessControls user={user} changeRole={changeRole} setActive={setActive} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
