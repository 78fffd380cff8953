'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { BulkAssignForm } from '@/components/claims/bulk-assign-form';
import { Button } from '@/components/ui/button';
import { ArticleText } from './article-text';
import { claimRef, type TriageClaim } from './triage-claim';
import { TriageItem } from './triage-item';

const FILTERS = {
  candidates: (claim: TriageClaim) => claim.status === 'CANDIDATE',
  accepted: (claim: TriageClaim) => claim.status !== 'CANDIDATE' && claim.status !== 'REJECTED',
  rejected: (claim: TriageClaim) => claim.status === 'REJECTED',
  all: () => true,
} as const;

type Filter = keyof typeof FILTERS;

interface TriagePanelProps {
  article: { id: string; body: string; language: string };
  claims: TriageClaim[];
  mayTriage: boolean;
  mayAssign: boolean;
  currentUserId: string;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  actions: {
    moveClaims: FormAction<{ count: number }>;
    reword: FormAction<{ version: number }>;
    merge: FormAction<{ id: string; version: number }>;
    add: FormAction<{ id: string; version: number }>;
    assign: FormAction<{ count: number }>;
  };
}

/** The article beside its claims: pick what is worth checking, reword, merge, add, and hand the work out. */
export function TriagePanel({ article, claims, mayTriage, mayAssign, currentUserId, assignees, actions }: TriagePanelProps) {
  const t = useTranslations('claims.triage');
  const [filter, setFilter] = useState<Filter>(claims.some(FILTERS.candidates) ? 'candidates' : 'all');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [bulkResult, bulkAction, bulkPending] = useActionState(async (previous: Awaited<ReturnType<typeof actions.moveClaims>> | null, data: FormData) => {
    const result = await actions.moveClaims(previous, data);
    if (result.ok) setSelectedIds(new Set());
    return result;
  }, null);
  const [mergeResult, mergeAction, merging] = useActionState(actions.merge, null);
  const [addResult, addAction, adding] = useActionState(actions.add, null);

  const shown = claims.filter(FILTERS[filter]);
  const selected = claims.filter((claim) => selectedIds.has(claim.id));
  const selectedRefs = selected.map(claimRef);
  const toggle = (id: string) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const hidden = (refs: string[]) => refs.map((ref) => <input key={ref} type="hidden" name="claims[]" value={ref} />);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="article-text">
        <h2 id="article-text" className="mb-2 text-lg font-semibold">
          {t('text')}
        </h2>
        <ArticleText
          body={article.body}
          language={article.language}
          claims={claims}
          activeId={activeId}
          onActivate={setActiveId}
          onSelect={setSelection}
          label={t('textLabel')}
        />
        {mayTriage && (
          <form action={addAction} className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <input type="hidden" name="articleId" value={article.id} />
            <input type="hidden" name="start" value={selection?.start ?? ''} />
            <input type="hidden" name="end" value={selection?.end ?? ''} />
            <Button type="submit" variant="secondary" disabled={!selection || adding}>
              {t('addFromSelection')}
            </Button>
            <span className="text-slate-600">{selection ? t('selectionLength', { count: selection.end - selection.start }) : t('selectHint')}</span>
            <ActionFeedback result={addResult} success={addResult?.ok ? t('added') : undefined} />
          </form>
        )}
      </section>
      <section aria-labelledby="article-claims" className="flex flex-col gap-3">
        <h2 id="article-claims" className="text-lg font-semibold">
          {t('claims')}
        </h2>
        <div role="group" aria-label={t('filterLabel')} className="flex flex-wrap gap-1 text-sm">
          {(Object.keys(FILTERS) as Filter[]).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={filter === key}
              onClick={() => setFilter(key)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1 aria-pressed:bg-slate-800 aria-pressed:text-white"
            >
              {t(`filters.${key}`, { count: claims.filter(FILTERS[key]).length })}
            </button>
          ))}
        </div>
        {(mayTriage || mayAssign) && selected.length > 0 && (
          <div className="sticky top-0 z-10 flex flex-col gap-2 rounded-lg border border-brand-600 bg-brand-50 p-3">
            <p className="text-sm font-medium">{t('selected', { count: selected.length })}</p>
            <div className="flex flex-wrap gap-2">
              {mayTriage && (['accept', 'reject'] as const).map((move) => (
                <form key={move} action={bulkAction}>
                  {hidden(selected.filter((claim) => claim.status === 'CANDIDATE').map(claimRef))}
                  <input type="hidden" name="move" value={move} />
                  <Button type="submit" variant={move === 'reject' ? 'danger' : 'primary'} disabled={bulkPending || !selected.some((claim) => claim.status === 'CANDIDATE')}>
                    {t(`${move}Selected`)}
                  </Button>
                </form>
              ))}
              {mayTriage && (
                <form action={mergeAction}>
                  {hidden(selectedRefs)}
                  <Button type="submit" variant="secondary" disabled={merging || selected.length !== 2}>
                    {t('mergeSelected')}
                  </Button>
                </form>
              )}
              <Button variant="secondary" onClick={() => setSelectedIds(new Set())}>
                {t('clearSelection')}
              </Button>
            </div>
            <ActionFeedback result={bulkResult} />
            <ActionFeedback result={mergeResult} />
          </div>
        )}
        {mayAssign && (
          // Kept on the page with nothing ticked, so its confirmation stays after the assigned claims leave the list.
          <BulkAssignForm id="triage-assign" assign={actions.assign} assignees={assignees} currentUserId={currentUserId} selected={selected.filter((claim) => claim.status === 'OPEN').map(claimRef)} />
        )}
        {shown.length ? (
          <ol className="flex flex-col gap-2">
            {shown.map((claim) => (
              <TriageItem
                key={`${claim.id}-${claim.version}`}
                claim={claim}
                active={claim.id === activeId}
                selected={selectedIds.has(claim.id)}
                mayTriage={mayTriage}
                selectable={mayTriage || mayAssign}
                onActivate={setActiveId}
                onToggle={toggle}
                moveClaims={actions.moveClaims}
                reword={actions.reword}
              />
            ))}
          </ol>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t('none')}</p>
        )}
      </section>
    </div>
  );
}
