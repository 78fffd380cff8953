'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES } from '@/lib/auth/roles';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';

interface UserAccessControlsProps {
  user: Pick<PublicUser, 'id' | 'name' | 'role' | 'active'>;
  changeRole: FormAction<string>;
  setActive: FormAction<string>;
}

export function UserAccessControls({ user, changeRole, setActive }: UserAccessControlsProps) {
  const t = useTranslations();
  const [roleResult, roleAction, rolePending] = useActionState(changeRole, null);
  const [activeResult, activeAction, activePending] = useActionState(setActive, null);
  const message = formFeedback(activeResult).message ?? formFeedback(roleResult).message;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={roleAction} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <SelectField
            label={t('admin.changeRoleFor', { name: user.name })}
            hideLabel
            name="role"
            defaultValue={user.role}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
          <Button type="submit" variant="secondary" disabled={rolePending}>
            {t('admin.changeRole')}
          </Button>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={String(!user.active)} />
          <Button type="submit" variant={user.active ? 'danger' : 'secondary'} disabled={activePending}>
            {user.active ? t('admin.deactivate') : t('admin.reactivate')}
          </Button>
        </form>
      </div>
      {message && <FormStatus tone="error" message={message} />}
    </div>
  );
}
