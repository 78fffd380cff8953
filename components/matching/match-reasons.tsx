'use client';

import { useTranslations } from 'next-intl';
import type { MatchReason } from '@/lib/matching/match-types';

/** Why a match ranks where it does, in the reader's words: shared figures, names, words. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const t = useTranslations('matching.panel');
  if (!reasons.length) return null;
  const label = (reason: MatchReason): string => {
    switch (reason.kind) {
      case 'same-figure':
      case 'other-figure':
        return t(`reasons.${reason.kind}`, { text: reason.text, otherText: reason.otherText });
      case 'same-name':
        return t('reasons.same-name', { name: reason.name });
      case 'other-name':
        return t('reasons.other-name', { name: reason.name, otherName: reason.otherName });
      case 'same-words':
        return t('reasons.same-words', { words: reason.words.join(', ') });
      case 'same-type':
      case 'cross-language':
        return t(`reasons.${reason.kind}`);
    }
  };
  return (
    <ul aria-label={t('reasonsLabel')} className="flex flex-wrap gap-1 text-xs">
      {reasons.map((reason, index) => (
        <li key={index} data-reason={reason.kind} className={`rounded px-1.5 py-0.5 ${reason.kind === 'other-figure' || reason.kind === 'other-name' ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-700'}`}>
          {label(reason)}
        </li>
      ))}
    </ul>
  );
}
