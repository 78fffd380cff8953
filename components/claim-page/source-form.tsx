'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { TextField } from '@/components/ui/text-field';

export interface SourceValues {
  id?: string;
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  stance: string;
}

interface SourceFormProps {
  claimId: string;
  version: number;
  source?: SourceValues;
  save: FormAction<{ version: number }>;
  onDone?: () => void;
}

const STANCES = ['SUPPORTS', 'REFUTES', 'CONTEXT'] as const;

/** A source's fields, to add one or to edit it; the server checks every address. */
export function SourceForm({ claimId, version, source, save, onDone }: SourceFormProps) {
  const t = useTranslations('claimPage.sources');
  const [result, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof save>> | null, data: FormData) => {
    const outcome = await save(previous, data);
    if (outcome.ok) onDone?.();
    return outcome;
  }, null);
  const { fieldErrors, values } = formFeedback(result);
  const value = (field: keyof SourceValues) => values[field] ?? (source?.[field] as string | null | undefined) ?? '';
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" key={result?.ok ? `saved-${version}` : 'draft'}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      {source?.id && <input type="hidden" name="sourceId" value={source.id} />}
      <TextField label={t('url')} name="url" type="url" required defaultValue={value('url')} error={fieldErrors.url} className="sm:col-span-2" />
      <TextField label={t('titleField')} name="title" defaultValue={value('title')} error={fieldErrors.title} />
      <TextField label={t('publisher')} name="publisher" defaultValue={value('publisher')} error={fieldErrors.publisher} />
      <TextareaField label={t('excerpt')} name="excerpt" defaultValue={value('excerpt')} error={fieldErrors.excerpt} className="sm:col-span-2" />
      <TextField label={t('accessedAt')} name="accessedAt" type="date" defaultValue={value('accessedAt').slice(0, 10)} error={fieldErrors.accessedAt} />
      <TextField label={t('archiveUrl')} name="archiveUrl" type="url" defaultValue={value('archiveUrl')} error={fieldErrors.archiveUrl} />
      <SelectField
        label={t('stance')}
        name="stance"
        defaultValue={value('stance') || 'SUPPORTS'}
        options={STANCES.map((stance) => ({ value: stance, label: t(`stances.${stance}`) }))}
        error={fieldErrors.stance}
      />
      <div className="flex items-end gap-2">
        <Button type="submit" disabled={pending}>
          {source?.id ? t('save') : t('add')}
        </Button>
        {onDone && source?.id && (
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        )}
      </div>
      <div className="sm:col-span-2">
        <ActionFeedback result={result} />
      </div>
    </form>
  );
}
