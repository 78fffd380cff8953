'use client';

import { useActionState, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';

export interface NoteItem {
  id: string;
  kind: 'RESEARCH' | 'REVIEW';
  body: string;
  author: string;
  createdAt: string;
  replies: Omit<NoteItem, 'replies'>[];
}

interface NoteThreadsProps {
  claimId: string;
  threads: NoteItem[];
  handles: readonly string[];
  mayReview: boolean;
  addNote: FormAction<{ id: string }>;
}

function NoteForm({ claimId, parentId, kinds, handles, addNote, onDone }: { claimId: string; parentId?: string; kinds: readonly string[]; handles: readonly string[]; addNote: FormAction<{ id: string }>; onDone?: () => void }) {
  const t = useTranslations('claimPage.notes');
  const [result, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof addNote>> | null, data: FormData) => {
    const outcome = await addNote(previous, data);
    if (outcome.ok) onDone?.();
    return outcome;
  }, null);
  const { fieldErrors } = formFeedback(result);
  return (
    <form action={action} key={result?.ok ? result.data.id : 'draft'} className="flex flex-col gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {kinds.length > 1 ? (
        <SelectField label={t('kind')} name="kind" options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      ) : (
        <input type="hidden" name="kind" value={kinds[0]} />
      )}
      <TextareaField
        label={parentId ? t('reply') : t('new')}
        name="body"
        required
        error={fieldErrors.body}
        hint={handles.length ? t('mentionHint', { handles: handles.map((handle) => `@${handle}`).join(', ') }) : undefined}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {parentId ? t('sendReply') : t('add')}
        </Button>
      </div>
      <ActionFeedback result={result} />
    </form>
  );
}

/** Research and review notes in threads; an @handle tells that colleague. */
export function NoteThreads({ claimId, threads, handles, mayReview, addNote }: NoteThreadsProps) {
  const t = useTranslations('claimPage.notes');
  const format = useFormatter();
  const [replying, setReplying] = useState<string | null>(null);
  const line = (note: Omit<NoteItem, 'replies'>) => (
    <div className="text-sm">
      <p className="text-xs text-slate-600">
        {t('byline', { author: note.author, kind: t(`kinds.${note.kind}`), when: format.dateTime(new Date(note.createdAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <p className="whitespace-pre-wrap">{note.body}</p>
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      {threads.length === 0 && <p className="text-sm text-slate-600">{t('none')}</p>}
      {threads.map((thread) => (
        <article key={thread.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
          {line(thread)}
          {thread.replies.length > 0 && (
            <ol className="ml-4 flex flex-col gap-2 border-l-2 border-slate-200 pl-3">
              {thread.replies.map((reply) => (
                <li key={reply.id}>{line(reply)}</li>
              ))}
            </ol>
          )}
          {replying === thread.id ? (
            <NoteForm claimId={claimId} parentId={thread.id} kinds={[thread.kind]} handles={handles} addNote={addNote} onDone={() => setReplying(null)} />
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setReplying(thread.id)}>
                {t('replyButton')}
              </Button>
            </div>
          )}
        </article>
      ))}
      <NoteForm claimId={claimId} kinds={mayReview ? ['RESEARCH', 'REVIEW'] : ['RESEARCH']} handles={handles} addNote={addNote} />
    </div>
  );
}
