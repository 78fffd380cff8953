'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/action-result';
import { FormStatus } from '@/components/ui/form-status';

/**
 * What an action on a claim answered: its error, and for a conflict what others changed in the
 * meantime, so the person sees why their save was refused before they reload.
 */
export function ActionFeedback({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  const t = useTranslations('history');
  const format = useFormatter();
  if (!result) return null;
  if (result.ok) return success ? <FormStatus tone="success" message={success} /> : null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{result.message}</p>
      {result.changes && result.changes.length > 0 && (
        <>
          <p className="mt-2 font-medium">{t('changedSince')}</p>
          <ul className="mt-1 list-disc pl-5">
            {result.changes.map((change) => (
              <li key={`${change.action}-${change.at}`}>
                {t('changeLine', {
                  actor: change.actor ?? t('system'),
                  action: t.has(`actions.${change.action}`) ? t(`actions.${change.action}`) : change.action,
                  when: format.relativeTime(new Date(change.at)),
                })}
              </li>
            ))}
          </ul>
          <p className="mt-2">{t('reloadHint')}</p>
        </>
      )}
    </div>
  );
}
