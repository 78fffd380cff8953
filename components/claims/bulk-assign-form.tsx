'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ActionFeedback } from './action-feedback';

interface BulkAssignFormProps {
  id: string;
  assign: FormAction<{ count: number }>;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  currentUserId: string;
  /** The claims to assign when they are picked elsewhere than by checkboxes naming this form. */
  selected?: readonly string[];
}

/**
 * Assigns the claims ticked in the table (checkboxes that name this form) to one person, or
 * splits them among several in turn, with an optional due date.
 */
export function BulkAssignForm({ id, assign, assignees, currentUserId, selected }: BulkAssignFormProps) {
  const t = useTranslations('claims.assign');
  const [result, action, pending] = useActionState(assign, null);
  const { fieldErrors } = formFeedback(result);
  return (
    <form id={id} action={action} className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {selected?.map((ref) => <input key={ref} type="hidden" name="claims[]" value={ref} />)}
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-semibold">{t('bulkTitle')}</legend>
        <div className="flex flex-col gap-1">
          <span className="text-sm font-medium text-slate-800">{t('to')}</span>
          <div className="flex flex-wrap gap-3">
            {assignees.map((person) => (
              <label key={person.id} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="assignees[]" value={person.id} className="size-4" />
                {person.id === currentUserId ? t('myself', { name: person.name }) : person.name}
              </label>
            ))}
          </div>
          {fieldErrors.assignees && <p className="text-sm text-red-700">{fieldErrors.assignees}</p>}
          <p className="text-xs text-slate-600">{selected?.length === 0 ? t('tickOpenClaims') : t('splitHint')}</p>
        </div>
        <TextField label={t('due')} name="dueAt" type="date" error={fieldErrors.dueAt} />
        <Button type="submit" disabled={pending || selected?.length === 0}>
          {pending ? t('assigning') : t('assignSelected')}
        </Button>
      </fieldset>
      {fieldErrors.claims && <p className="text-sm text-red-700">{fieldErrors.claims}</p>}
      <ActionFeedback result={result} success={result?.ok ? t('assigned', { count: result.data.count }) : undefined} />
    </form>
  );
}
