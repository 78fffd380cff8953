'use client';

import { useActionState, useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import { ClaimStatusBadge } from '@/components/claims/claim-status-badge';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { StrongMatchMark } from '@/components/matching/strong-match-mark';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { claimRef, type TriageClaim } from './triage-claim';

interface TriageItemProps {
  claim: TriageClaim;
  active: boolean;
  selected: boolean;
  mayTriage: boolean;
  /** Ticking claims picks them for bulk triage or for assignment. */
  selectable: boolean;
  onActivate: (id: string | null) => void;
  onToggle: (id: string) => void;
  moveClaims: FormAction<{ count: number }>;
  reword: FormAction<{ version: number }>;
}

const REASONS_SHOWN = 3;

export function TriageItem({ claim, active, selected, mayTriage, selectable, onActivate, onToggle, moveClaims, reword }: TriageItemProps) {
  const t = useTranslations('claims');
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const [moveResult, moveAction, moving] = useActionState(moveClaims, null);
  const [rewordResult, rewordAction, rewording] = useActionState(async (previous: Awaited<ReturnType<typeof reword>> | null, data: FormData) => {
    const result = await reword(previous, data);
    if (result.ok) setEditing(false);
    return result;
  }, null);
  const triageMoves = claim.status === 'CANDIDATE' ? (['accept', 'reject'] as const) : claim.status === 'REJECTED' ? (['restore'] as const) : [];
  return (
    <li
      id={`triage-${claim.id}`}
      data-claim-id={claim.id}
      onMouseEnter={() => onActivate(claim.id)}
      onFocus={() => onActivate(claim.id)}
      className={`rounded-lg border bg-white p-3 ${active ? 'border-brand-600 ring-2 ring-brand-600' : 'border-slate-200'}`}
    >
      <div className="flex items-start gap-3">
        {selectable && (
          <input
            type="checkbox"
            checked={selected}
            onChange={() => onToggle(claim.id)}
            aria-label={t('selectClaim', { claim: claim.text.slice(0, 80) })}
            className="mt-1 size-4"
          />
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          {editing ? (
            <form action={rewordAction} className="flex flex-col gap-2">
              <input type="hidden" name="claimId" value={claim.id} />
              <input type="hidden" name="version" value={claim.version} />
              <TextareaField label={t('triage.wording')} name="text" defaultValue={claim.text} required />
              <p className="text-xs text-slate-600">{t('triage.spanStays')}</p>
              <div className="flex gap-2">
                <Button type="submit" disabled={rewording}>
                  {t('triage.saveWording')}
                </Button>
                <Button variant="secondary" onClick={() => setEditing(false)}>
                  {t('triage.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <p className="text-sm">{claim.text}</p>
          )}
          <ActionFeedback result={rewordResult} />
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
            <ClaimStatusBadge status={claim.status} label={t(`statuses.${claim.status}`)} />
            <span>{t(`types.${claim.type}`)}</span>
            <span title={t('triage.scoreHint')}>{t('triage.score', { score: format.number(claim.score, { style: 'percent' }) })}</span>
            {claim.assignee && <span>{t('triage.assignedTo', { name: claim.assignee })}</span>}
            {claim.rejectedBy && <span>{t('triage.rejectedBy', { name: claim.rejectedBy })}</span>}
            {claim.addedBy && <span>{t('triage.addedBy', { name: claim.addedBy })}</span>}
            {claim.strongMatch && <StrongMatchMark claimId={claim.id} crossLanguage={claim.strongMatch.crossLanguage} />}
          </div>
          {claim.reasons.length > 0 && (
            <ul aria-label={t('triage.reasons')} className="flex flex-wrap gap-1 text-xs">
              {claim.reasons.slice(0, REASONS_SHOWN).map((reason) => (
                <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">
                  {t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : reason}
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap items-center gap-2">
            {mayTriage &&
              triageMoves.map((move) => (
                <form key={move} action={moveAction}>
                  <input type="hidden" name="claims[]" value={claimRef(claim)} />
                  <input type="hidden" name="move" value={move} />
                  <Button type="submit" variant={move === 'reject' ? 'danger' : 'secondary'} disabled={moving}>
                    {t(`triage.${move}`)}
                  </Button>
                </form>
              ))}
            {mayTriage && !editing && claim.status !== 'PUBLISHED' && (
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('triage.editWording')}
              </Button>
            )}
            <Link href={`/claims/${claim.id}`} className="text-sm text-brand-700 underline">
              {t('triage.open')}
            </Link>
          </div>
          <ActionFeedback result={moveResult} />
        </div>
      </div>
    </li>
  );
}
