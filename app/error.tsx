'use client';

import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/layout/status-page';

// Production builds send only a digest here, never the message or stack.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('failure');
  return (
    <StatusPage code={500} title={t('title')} body={t('body')}>
      <div className="flex items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t('retry')}
        </button>
        {error.digest && <span className="text-sm text-slate-600">{t('reference', { digest: error.digest })}</span>}
      </div>
    </StatusPage>
  );
}
