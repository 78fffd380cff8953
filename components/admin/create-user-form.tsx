'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES } from '@/lib/auth/roles';
import { MIN_PASSWORD_LENGTH } from '@/lib/validations/user';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

export function CreateUserForm({ createUser }: { createUser: FormAction<string> }) {
  const t = useTranslations();
  const [result, action, pending] = useActionState(createUser, null);
  const { message, fieldErrors, values } = formFeedback(result);
  return (
    <section aria-labelledby="create-user" className="self-start rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="create-user" className="mb-4 text-lg font-semibold">{t('admin.create.title')}</h2>
      {/* key resets the fields after a success, keeps them after a failure */}
      <form key={result?.ok ? result.data : 'draft'} action={action} className="flex flex-col gap-4" noValidate>
        {message && <FormStatus tone="error" message={message} />}
        {result?.ok && <FormStatus tone="success" message={t('admin.create.created', { email: result.data })} />}
        <TextField label={t('admin.name')} name="name" autoComplete="off" required defaultValue={values.name} error={fieldErrors.name} />
        <TextField
          label={t('admin.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={values.email}
          error={fieldErrors.email}
        />
        <SelectField
          label={t('admin.role')}
          name="role"
          defaultValue={values.role ?? 'FACT_CHECKER'}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={fieldErrors.role}
        />
        <TextField
          label={t('admin.create.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t('admin.create.passwordHint', { limit: MIN_PASSWORD_LENGTH })}
          error={fieldErrors.password}
        />
        <Button type="submit" disabled={pending}>
          {pending ? t('common.saving') : t('admin.create.submit')}
        </Button>
      </form>
    </section>
  );
}
