'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

interface UnlinkMatchControlProps {
  /** The hidden fields naming the claim, its version and the match. */
  fields: ReactNode;
  action: (formData: FormData) => void;
  pending: boolean;
}

/** Removing a link asks once more: the claim then no longer counts as checked before. */
export function UnlinkMatchControl({ fields, action, pending }: UnlinkMatchControlProps) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('matching.panel.unlink')}
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2">
      {fields}
      <p className="text-sm text-amber-900">{t('matching.panel.unlinkConfirm')}</p>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {t('matching.panel.unlink')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
