'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** The triage list's mark on a claim with a strong match: look there before checking it again. */
export function StrongMatchMark({ claimId, crossLanguage }: { claimId: string; crossLanguage: boolean }) {
  const t = useTranslations('matching.triage');
  return (
    <Link
      href={`/claims/${claimId}#already-checked`}
      title={t('strongMatchHint')}
      data-testid="strong-match"
      className="rounded-full bg-green-100 px-2 py-0.5 font-medium text-green-900 underline-offset-2 hover:underline"
    >
      {t('strongMatch')}
      {crossLanguage && ` · ${t('crossLanguage')}`}
    </Link>
  );
}
