'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { LOCALES } from '@/lib/i18n/locales';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { MAX_HEADLINE_LENGTH, MAX_SUMMARY_LENGTH } from '@/lib/validations/report';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';

export interface ComposableClaim {
  id: string;
  text: string;
  speaker: string | null;
  rating: string;
  sourceCount: number;
  published: boolean;
}

interface ReportComposeFormProps {
  articleId: string;
  claims: ComposableClaim[];
  draft: { headline: string; summary: string; language: string; claimIds: string[] };
  /** Succeeds by going on to the preview. */
  saveDraft: FormAction<never>;
}

/** The chosen claims first, in the draft's order, then the others in the article's order. */
function initialOrder(claims: ComposableClaim[], chosen: string[]): string[] {
  const known = new Set(claims.map((claim) => claim.id));
  const first = chosen.filter((id) => known.has(id));
  return [...first, ...claims.map((claim) => claim.id).filter((id) => !first.includes(id))];
}

export function ReportComposeForm({ articleId, claims, draft, saveDraft }: ReportComposeFormProps) {
  const t = useTranslations('reports.compose');
  const tLanguage = useTranslations('language');
  const [result, action, pending] = useActionState(saveDraft, null);
  const { message, fieldErrors, values } = formFeedback(result);
  const [order, setOrder] = useState(() => initialOrder(claims, draft.claimIds));
  // A new report starts with every approved claim; the editor leaves out what does not belong.
  const [chosen, setChosen] = useState(() => new Set(draft.claimIds.length ? draft.claimIds : claims.map((claim) => claim.id)));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const move = (index: number, step: -1 | 1) =>
    setOrder((current) => {
      const next = [...current];
      const [id] = next.splice(index, 1);
      if (id) next.splice(index + step, 0, id);
      return next;
    });

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && <FormStatus tone="error" message={message} />}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="claimIds" value={order.filter((id) => chosen.has(id)).join(',')} />
      <TextField
        label={t('headline')}
        name="headline"
        required
        maxLength={MAX_HEADLINE_LENGTH}
        defaultValue={values.headline ?? draft.headline}
        hint={t('headlineHint')}
        error={fieldErrors.headline}
      />
      <TextareaField
        label={t('summary')}
        name="summary"
        required
        rows={5}
        maxLength={MAX_SUMMARY_LENGTH}
        defaultValue={values.summary ?? draft.summary}
        error={fieldErrors.summary}
      />
      <SelectField
        label={t('language')}
        name="language"
        defaultValue={values.language ?? draft.language}
        options={LOCALES.map((locale) => ({ value: locale, label: tLanguage(locale) }))}
        error={fieldErrors.language}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby="claims-hint">
        <legend className="text-sm font-medium text-slate-800">{t('claims')}</legend>
        <p id="claims-hint" className="text-xs text-slate-600">
          {t('claimsHint')}
        </p>
        {fieldErrors.claimIds && <p className="text-sm text-red-700">{fieldErrors.claimIds}</p>}
        <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {order.map((id, index) => {
            const claim = byId.get(id);
            if (!claim) return null;
            return (
              <li key={id} className="flex flex-wrap items-start gap-3 px-3 py-2">
                <input
                  type="checkbox"
                  id={`claim-${id}`}
                  checked={chosen.has(id)}
                  onChange={() => toggle(id)}
                  className="mt-1 size-4"
                  data-claim-id={id}
                />
                <label htmlFor={`claim-${id}`} className="min-w-0 flex-1">
                  <span className="block">{claim.text}</span>
                  <span className="block text-xs text-slate-600">
                    {[claim.rating, claim.speaker, t('sourceCount', { count: claim.sourceCount }), claim.published && t('alreadyPublished')]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </label>
                <span className="flex gap-1">
                  <Button variant="secondary" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('moveUp')}>
                    ↑
                  </Button>
                  <Button variant="secondary" onClick={() => move(index, 1)} disabled={index === order.length - 1} aria-label={t('moveDown')}>
                    ↓
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('preview')}
        </Button>
      </div>
    </form>
  );
}
