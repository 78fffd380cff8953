'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult, FormAction } from '@/lib/server/action-result';
import type { BoardTarget } from '@/lib/workflow/board-targets';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import { Button } from '@/components/ui/button';
import { ActionFeedback } from './action-feedback';
import { STATUS_COLOURS } from './claim-status-badge';

export interface BoardCardView {
  id: string;
  version: number;
  text: string;
  article: string;
  assignee: string | null;
  rating: string | null;
  overdue: boolean;
  targets: BoardTarget[];
}

export interface BoardColumnView {
  status: ClaimStatus;
  total: number;
  cards: BoardCardView[];
}

interface ClaimBoardProps {
  columns: BoardColumnView[];
  currentUserId: string;
  moveClaim: FormAction<{ version: number; status: ClaimStatus }>;
  assignClaims: FormAction<{ count: number }>;
}

/**
 * Columns by status. A card can be dragged to the columns its person may move it to, or moved
 * with the menu on the card (for the keyboard); a move that sends work back asks for its reason.
 */
export function ClaimBoard({ columns, currentUserId, moveClaim, assignClaims }: ClaimBoardProps) {
  const t = useTranslations('claims');
  const router = useRouter();
  const [dragged, setDragged] = useState<BoardCardView | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();

  function perform(card: BoardCardView, target: BoardTarget) {
    const data = new FormData();
    let comment: string | null = null;
    if (target.kind === 'move' && target.needsComment) {
      comment = window.prompt(t('board.commentPrompt', { move: t(`board.moves.${target.move}`) }));
      if (!comment?.trim()) return;
    }
    startTransition(async () => {
      let outcome: ActionResult<unknown>;
      if (target.kind === 'take') {
        data.append('claims[]', `${card.id}:${card.version}`);
        data.append('assignees[]', currentUserId);
        outcome = await assignClaims(null, data);
      } else {
        data.append('claimId', card.id);
        data.append('version', String(card.version));
        data.append('move', target.move);
        if (comment) data.append('comment', comment);
        outcome = await moveClaim(null, data);
      }
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  const targetIn = (card: BoardCardView | null, status: ClaimStatus) => card?.targets.find((target) => target.status === status);

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite">
        <ActionFeedback result={result} />
      </div>
      <div className="flex gap-3 overflow-x-auto pb-4" aria-busy={pending}>
        {columns.map((column) => {
          const droppable = Boolean(targetIn(dragged, column.status));
          return (
            <section
              key={column.status}
              aria-label={t(`statuses.${column.status}`)}
              data-status={column.status}
              onDragOver={(event) => droppable && event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                const target = targetIn(dragged, column.status);
                if (dragged && target) perform(dragged, target);
                setDragged(null);
              }}
              className={`flex w-72 shrink-0 flex-col gap-2 rounded-lg border bg-slate-50 p-2 ${droppable ? 'border-brand-600 ring-2 ring-brand-600' : 'border-slate-200'}`}
            >
              <h2 className="flex items-center justify-between px-1 text-sm font-semibold">
                <span className={`rounded-full px-2 py-0.5 ${STATUS_COLOURS[column.status]}`}>{t(`statuses.${column.status}`)}</span>
                <span className="text-slate-600">{column.total}</span>
              </h2>
              <ol className="flex flex-col gap-2">
                {column.cards.map((card) => (
                  <li
                    key={card.id}
                    data-claim-id={card.id}
                    draggable={card.targets.length > 0}
                    onDragStart={() => setDragged(card)}
                    onDragEnd={() => setDragged(null)}
                    className={`rounded-md border bg-white p-2 text-sm shadow-sm ${card.overdue ? 'border-red-400' : 'border-slate-200'} ${card.targets.length ? 'cursor-grab' : ''}`}
                  >
                    <Link href={`/claims/${card.id}`} className="line-clamp-3 text-brand-700 hover:underline">
                      {card.text}
                    </Link>
                    <p className="mt-1 text-xs text-slate-600">{card.article}</p>
                    <p className="mt-1 flex flex-wrap gap-2 text-xs">
                      <span>{card.assignee ?? t('unassigned')}</span>
                      {card.rating && <span className="font-medium">{card.rating}</span>}
                      {card.overdue && <span className="font-semibold text-red-800">{t('overdue')}</span>}
                    </p>
                    {card.targets.length > 0 && (
                      <div className="mt-2 flex flex-wrap gap-1">
                        {card.targets.map((target) => (
                          <Button key={`${target.kind}-${target.status}`} variant="secondary" className="!px-2 !py-1 text-xs" disabled={pending} onClick={() => perform(card, target)}>
                            {target.kind === 'take' ? t('board.take') : t(`board.moves.${target.move}`)}
                          </Button>
                        ))}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
              {column.total > column.cards.length && (
                <Link href={`/claims?status=${column.status}`} className="px-1 text-xs text-brand-700 underline">
                  {t('board.more', { count: column.total - column.cards.length })}
                </Link>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
