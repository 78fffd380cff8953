'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

type Origin = { kind: 'claim'; text: string; href: string } | { kind: 'factcheck'; author: string };

/** The attribution of a source copied from an earlier check. */
export function CopiedFrom({ origin }: { origin: Origin }) {
  const t = useTranslations('matching.panel');
  const text = origin.kind === 'claim' ? origin.text.slice(0, 120) + (origin.text.length > 120 ? '…' : '') : '';
  return (
    <p className="text-xs text-slate-600" data-testid="copied-from">
      {origin.kind === 'claim' ? (
        <Link href={origin.href} className="underline">
          {t('copiedFromClaim', { text })}
        </Link>
      ) : (
        t('copiedFromFactCheck', { author: origin.author })
      )}
    </p>
  );
}
