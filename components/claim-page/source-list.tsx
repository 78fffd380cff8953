'use client';

import { useActionState, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { CopiedFrom } from '@/components/matching/copied-from';
import { SourceForm, type SourceValues } from './source-form';

export interface SourceItem extends SourceValues {
  id: string;
  /** Only http(s) addresses are stored; kept apart from `url` so links never carry anything else. */
  href: string | null;
  archiveHref: string | null;
  addedBy: string;
  /** Where a source copied from an earlier check came from ("start research from this match"). */
  copiedFrom?: { kind: 'claim'; text: string; href: string } | { kind: 'factcheck'; author: string } | null;
}

interface SourceListProps {
  claimId: string;
  version: number;
  sources: SourceItem[];
  editable: boolean;
  actions: { update: FormAction<{ version: number }>; remove: FormAction<{ version: number }>; move: FormAction<{ version: number }> };
}

const STANCE_COLOURS: Record<string, string> = {
  SUPPORTS: 'bg-green-100 text-green-900',
  REFUTES: 'bg-red-100 text-red-900',
  CONTEXT: 'bg-slate-100 text-slate-800',
};

export function SourceList({ claimId, version, sources, editable, actions }: SourceListProps) {
  const t = useTranslations('claimPage.sources');
  const format = useFormatter();
  const [editing, setEditing] = useState<string | null>(null);
  const [removeResult, removeAction, removing] = useActionState(actions.remove, null);
  const [moveResult, moveAction, moving] = useActionState(actions.move, null);
  if (!sources.length) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const ref = (sourceId: string) => (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="sourceId" value={sourceId} />
    </>
  );
  return (
    <>
      <ActionFeedback result={removeResult} />
      <ActionFeedback result={moveResult} />
      <ol className="flex flex-col gap-3">
        {sources.map((source, index) => (
          <li key={source.id} className="rounded-md border border-slate-200 p-3">
            {editing === source.id ? (
              <SourceForm claimId={claimId} version={version} source={source} save={actions.update} onDone={() => setEditing(null)} />
            ) : (
              <div className="flex flex-col gap-1 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STANCE_COLOURS[source.stance] ?? ''}`}>{t(`stances.${source.stance}`)}</span>
                  {source.publisher && <span className="font-medium">{source.publisher}</span>}
                  {source.href ? (
                    <a href={source.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">
                      {source.title || source.url}
                    </a>
                  ) : (
                    <span className="break-all">{source.title || source.url}</span>
                  )}
                </div>
                {source.copiedFrom && <CopiedFrom origin={source.copiedFrom} />}
                {source.excerpt && <blockquote className="border-l-4 border-slate-200 pl-3 text-slate-700">{source.excerpt}</blockquote>}
                <p className="text-xs text-slate-600">
                  {[
                    source.accessedAt && t('accessedOn', { date: format.dateTime(new Date(source.accessedAt), { dateStyle: 'medium' }) }),
                    t('addedBy', { name: source.addedBy }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {source.archiveHref && (
                    <>
                      {' · '}
                      <a href={source.archiveHref} target="_blank" rel="noopener noreferrer nofollow" className="underline">
                        {t('archived')}
                      </a>
                    </>
                  )}
                </p>
                {editable && (
                  <div className="mt-1 flex flex-wrap gap-2">
                    <Button variant="secondary" onClick={() => setEditing(source.id)}>
                      {t('edit')}
                    </Button>
                    {(['up', 'down'] as const).map((direction) => (
                      <form key={direction} action={moveAction}>
                        {ref(source.id)}
                        <input type="hidden" name="direction" value={direction} />
                        <Button
                          type="submit"
                          variant="secondary"
                          disabled={moving || (direction === 'up' ? index === 0 : index === sources.length - 1)}
                          aria-label={t(direction === 'up' ? 'moveUpLabel' : 'moveDownLabel', { source: source.title || source.url })}
                        >
                          {direction === 'up' ? '↑' : '↓'}
                        </Button>
                      </form>
                    ))}
                    <form action={removeAction}>
                      {ref(source.id)}
                      <Button type="submit" variant="danger" disabled={removing}>
                        {t('remove')}
                      </Button>
                    </form>
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
