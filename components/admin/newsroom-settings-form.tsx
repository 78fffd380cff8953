'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { NewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';

interface NewsroomSettingsFormProps {
  settings: Omit<NewsroomSettings, 'updatedAt'> & { updatedAt: string };
  updateSettings: FormAction<string>;
}

export function NewsroomSettingsForm({ settings, updateSettings }: NewsroomSettingsFormProps) {
  const t = useTranslations('admin.settings');
  const tCommon = useTranslations('common');
  const [result, action, pending] = useActionState(updateSettings, null);
  const { message, fieldErrors, values } = formFeedback(result);
  // After a refusal the box shows what was sent (an unticked box sends nothing), else what is saved.
  const crossCheck = result && !result.ok ? values.crossCheckEnabled === 'true' : settings.crossCheckEnabled;
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-6" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      {result?.ok && <FormStatus tone="success" message={t('saved')} />}
      {/* The settings as loaded: a save over another admin's newer one is refused, not silently merged. */}
      <input type="hidden" name="updatedAt" value={settings.updatedAt} />
      <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t('workflow')}</legend>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="crossCheckEnabled"
            value="true"
            defaultChecked={crossCheck}
            aria-describedby="cross-check-hint"
            className="mt-1 h-4 w-4"
          />
          <span>
            <span className="font-medium">{t('crossCheck')}</span>
            <span id="cross-check-hint" className="block text-sm text-slate-600">
              {t('crossCheckHint')}
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t('organisation')}</legend>
        <TextField
          label={t('organisationName')}
          name="organisationName"
          required
          hint={t('organisationNameHint')}
          defaultValue={values.organisationName ?? settings.organisationName}
          error={fieldErrors.organisationName}
        />
        <TextField
          label={t('organisationUrl')}
          name="organisationUrl"
          type="url"
          inputMode="url"
          hint={t('urlHint')}
          defaultValue={values.organisationUrl ?? settings.organisationUrl ?? ''}
          error={fieldErrors.organisationUrl}
        />
        <TextField
          label={t('logoUrl')}
          name="logoUrl"
          type="url"
          inputMode="url"
          hint={t('urlHint')}
          defaultValue={values.logoUrl ?? settings.logoUrl ?? ''}
          error={fieldErrors.logoUrl}
        />
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? tCommon('saving') : t('submit')}
      </Button>
    </form>
  );
}
