'use client';

import { useEffect, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ExtractionState } from '@/lib/server/articles/find-extraction-state';
import { Button } from '@/components/ui/button';

/** Asked often at first (most extractions take a second or two), then less. */
const FIRST_INTERVAL_MS = 1000;
const LATER_INTERVAL_MS = 4000;
const FIRST_ASKS = 30;

interface ExtractionProgressPanelProps {
  articleId: string;
  initial: ExtractionState;
  canRetry: boolean;
}

const endpoint = (articleId: string) => `/api/articles/extraction?${new URLSearchParams({ articleId })}`;

export function ExtractionProgressPanel({ articleId, initial, canRetry }: ExtractionProgressPanelProps) {
  const t = useTranslations('intake.progress');
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [retrying, startRetry] = useTransition();
  /** Raised by a retry, which starts the quick asking again. */
  const [retries, setRetries] = useState(0);
  const done = state.status === 'DONE';

  // Also while failed: the queue retries on its own, and the page follows.
  useEffect(() => {
    if (done) return;
    let asks = 0;
    let timer: ReturnType<typeof setTimeout>;
    const controller = new AbortController();
    const ask = async () => {
      try {
        const response = await fetch(endpoint(articleId), { cache: 'no-store', signal: controller.signal });
        if (response.ok) {
          const next = (await response.json()) as ExtractionState;
          setState(next);
          // The claims are on the page only once the server renders it again.
          if (next.status === 'DONE') return router.refresh();
          if (next.status === 'FAILED') asks = FIRST_ASKS;
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      timer = setTimeout(ask, ++asks < FIRST_ASKS ? FIRST_INTERVAL_MS : LATER_INTERVAL_MS);
    };
    timer = setTimeout(ask, FIRST_INTERVAL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [articleId, done, retries, router]);

  const retry = () =>
    startRetry(async () => {
      const response = await fetch(endpoint(articleId), { method: 'POST' });
      if (!response.ok) return;
      setState((await response.json()) as ExtractionState);
      setRetries((count) => count + 1);
    });

  if (state.status === 'FAILED') {
    return (
      <div role="alert" data-extraction="FAILED" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
        <div>
          <p className="font-medium">{t('FAILED')}</p>
          {state.error && <p className="mt-1 text-red-700">{t('details', { error: state.error })}</p>}
        </div>
        {canRetry && (
          <Button variant="danger" onClick={retry} disabled={retrying}>
            {retrying ? t('retrying') : t('retry')}
          </Button>
        )}
      </div>
    );
  }
  return (
    <p
      role="status"
      data-extraction={state.status}
      className={`mb-6 flex items-center gap-2 rounded-md border px-4 py-3 text-sm ${done ? 'border-green-300 bg-green-50 text-green-800' : 'border-slate-300 bg-brand-50 text-brand-900'}`}
    >
      {!done && <span aria-hidden className="size-3 animate-pulse rounded-full bg-brand-600" />}
      {done ? t('DONE', { count: state.claimCount }) : t(state.status)}
    </p>
  );
}
