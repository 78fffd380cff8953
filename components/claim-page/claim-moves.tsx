'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/server/action-result';
import type { ClaimStatus } from '@/lib/workflow/claim-statuses';
import type { ClaimMove } from '@/lib/workflow/decide-move';
import type { MoveOffer } from '@/lib/workflow/offered-moves';
import { ActionFeedback } from '@/components/claims/action-feedback';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';

interface ClaimMovesProps {
  claimId: string;
  version: number;
  moves: MoveOffer[];
  moveClaim: FormAction<{ version: number; status: ClaimStatus }>;
}

/** The workflow steps this person can take on the claim now; a step that sends work back asks for the reason. */
export function ClaimMoves({ claimId, version, moves, moveClaim }: ClaimMovesProps) {
  const t = useTranslations('claimPage.moves');
  const tReasons = useTranslations('errors.reasons');
  const [commenting, setCommenting] = useState<ClaimMove | null>(null);
  const [result, action, pending] = useActionState(moveClaim, null);
  if (!moves.length) return <p className="text-sm text-slate-600">{t('none')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {moves.map(({ move, needsComment, blockedBy }) =>
          needsComment ? (
            <Button key={move} variant="secondary" onClick={() => setCommenting(move)} aria-expanded={commenting === move}>
              {t(move)}
            </Button>
          ) : (
            <form key={move} action={action}>
              <input type="hidden" name="claimId" value={claimId} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="move" value={move} />
              <Button type="submit" variant={move === 'approve' || move === 'submit' ? 'primary' : 'secondary'} disabled={pending || Boolean(blockedBy)} aria-describedby={blockedBy ? `blocked-${move}` : undefined}>
                {t(move)}
              </Button>
              {blockedBy && (
                <p id={`blocked-${move}`} className="mt-1 text-xs text-slate-600">
                  {tReasons(blockedBy)}
                </p>
              )}
            </form>
          ),
        )}
      </div>
      {commenting && (
        <form action={action} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="move" value={commenting} />
          <TextareaField label={t('commentFor', { move: t(commenting) })} name="comment" required autoFocus error={result && !result.ok ? result.fieldErrors.comment : undefined} />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {t(commenting)}
            </Button>
            <Button variant="secondary" onClick={() => setCommenting(null)}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
      <ActionFeedback result={result} />
    </div>
  );
}
