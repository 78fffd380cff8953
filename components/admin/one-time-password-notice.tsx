'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

interface OneTimePasswordNoticeProps {
  name: string;
  password: string;
  onDone: () => void;
}

/** The one-time password, shown this once: copyable, or selectable where the clipboard is off limits (plain http). */
export function OneTimePasswordNotice({ name, password, onDone }: OneTimePasswordNoticeProps) {
  const t = useTranslations('admin.reset');
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  }

  return (
    <div role="status" className="flex max-w-xs flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950">
      <p className="font-semibold">{t('title', { name })}</p>
      <div className="flex flex-col items-start gap-2">
        <input
          ref={field}
          readOnly
          value={password}
          aria-label={t('label')}
          data-testid="one-time-password"
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-green-400 bg-white px-2 py-1 font-mono text-sm text-slate-900"
        />
        <Button variant="secondary" onClick={copyPassword}>
          {t('copy')}
        </Button>
        {copy !== 'idle' && <span>{t(copy)}</span>}
      </div>
      <p>{t('explain', { name })}</p>
      <Button variant="secondary" className="self-start" onClick={onDone}>
        {t('done')}
      </Button>
    </div>
  );
}
