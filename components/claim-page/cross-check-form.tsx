'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';

interface CrossCheckFormProps {
  claimId: string;
  version: number;
  sources: ReadonlyArray<{ id: string; label: string }>;
  submit: FormAction<{ version: number; status: ClaimStatus }>;
}

const RESULTS = ['CONFIRMED', 'DISPUTED'] as const;

/** A second fact-checker confirms or disputes each source and the verdict, with a comment. */
export function CrossCheckForm({ claimId, version, sources, submit }: CrossCheckFormProps) {
  const t = useTranslations('claimPage.crossCheck');
  const [result, action, pending] = useActionState(submit, null);
  const [judgements, setJudgements] = useState<Record<string, string>>({});
  const { fieldErrors } = formFeedback(result);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(judgements).map(([sourceId, outcome]) => (
        <input key={sourceId} type="hidden" name="sources[]" value={`${sourceId}:${outcome}`} />
      ))}
      {sources.map((source) => (
        <fieldset key={source.id} className="rounded-md border border-slate-200 p-2 text-sm">
          <legend className="px-1 font-medium">{source.label}</legend>
          <div className="flex gap-4">
            {RESULTS.map((outcome) => (
              <label key={outcome} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`source-${source.id}`}
                  value={outcome}
                  required
                  className="size-4"
                  onChange={() => setJudgements((current) => ({ ...current, [source.id]: outcome }))}
                />
                {t(`source.${outcome}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {fieldErrors.sources && <p className="text-sm text-red-700">{fieldErrors.sources}</p>}
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 font-medium">{t('verdict')}</legend>
        {RESULTS.map((outcome) => (
          <label key={outcome} className="flex items-center gap-1">
            <input type="radio" name="verdict" value={outcome} required className="size-4" />
            {t(`verdicts.${outcome}`)}
          </label>
        ))}
      </fieldset>
      {fieldErrors.verdict && <p className="text-sm text-red-700">{fieldErrors.verdict}</p>}
      <TextareaField label={t('comment')} name="comment" required error={fieldErrors.comment} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
      <ActionFeedback result={result} />
    </form>
  );
}
