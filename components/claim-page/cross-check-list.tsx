import { getFormatter, getTranslations } from 'next-intl/server';
import type { ClaimDetail } from '@/lib/server/claims/find-claim';

/** The cross-checks a claim has had, newest first. */
export async function CrossCheckList({ crossChecks }: { crossChecks: ClaimDetail['crossChecks'] }) {
  const [t, format] = await Promise.all([getTranslations('claimPage.crossCheck'), getFormatter()]);
  if (!crossChecks.length) return null;
  return (
    <ol className="mt-4 flex flex-col gap-2 text-sm">
      {crossChecks.map((check) => (
        <li key={check.id} className="rounded-md border border-slate-200 p-2">
          <p className="font-medium">
            {t('result', { name: check.checker.name, verdict: t(`verdicts.${check.verdict}`), date: format.dateTime(check.createdAt, { dateStyle: 'medium' }) })}
          </p>
          <p className="whitespace-pre-wrap">{check.comment}</p>
        </li>
      ))}
    </ol>
  );
}
