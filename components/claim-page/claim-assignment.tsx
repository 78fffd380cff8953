'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

interface ClaimAssignmentProps {
  claimRef: string;
  assigneeId: string | null;
  dueAt: string | null;
  currentUserId: string;
  /** Whom this person may give the claim to (everyone, or for a fact-checker's own claim: colleagues). */
  assignees: ReadonlyArray<{ id: string; name: string }>;
  mayUnassign: boolean;
  assign: FormAction<{ count: number }>;
}

/** Assign, reassign, hand over with a note, set the due date, or give the claim back. */
export function ClaimAssignment({ claimRef, assigneeId, dueAt, currentUserId, assignees, mayUnassign, assign }: ClaimAssignmentProps) {
  const t = useTranslations('claimPage.assignment');
  const [result, action, pending] = useActionState(assign, null);
  const { fieldErrors } = formFeedback(result);
  const handover = Boolean(assigneeId);
  return (
    <div className="flex flex-col gap-3">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="claims[]" value={claimRef} />
        <SelectField
          label={handover ? t('handOverTo') : t('assignTo')}
          name="assignees[]"
          defaultValue={assigneeId ?? currentUserId}
          options={assignees.map((person) => ({ value: person.id, label: person.id === currentUserId ? t('myself', { name: person.name }) : person.name }))}
          error={fieldErrors.assignees}
        />
        <TextField label={t('due')} name="dueAt" type="date" defaultValue={dueAt?.slice(0, 10) ?? ''} error={fieldErrors.dueAt} />
        {handover && <TextField label={t('note')} name="note" className="min-w-64 flex-1" hint={t('noteHint')} error={fieldErrors.note} />}
        <Button type="submit" disabled={pending}>
          {handover ? t('save') : t('assign')}
        </Button>
      </form>
      {mayUnassign && assigneeId && (
        <form action={action}>
          <input type="hidden" name="claims[]" value={claimRef} />
          <input type="hidden" name="assignees" value="" />
          <Button type="submit" variant="secondary" disabled={pending}>
            {assigneeId === currentUserId ? t('giveBack') : t('unassign')}
          </Button>
        </form>
      )}
      <ActionFeedback result={result} />
    </div>
  );
}
