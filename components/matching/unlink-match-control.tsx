'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { ConfirmForm } from '@/components/ui/confirm-form';

interface UnlinkMatchControlProps {
  /** The hidden fields naming the claim, its version and the match. */
  fields: ReactNode;
  action: (formData: FormData) => void;
  pending: boolean;
}

/** Removing a link asks once more: the claim then no longer counts as checked before. */
export function UnlinkMatchControl({ fields, action, pending }: UnlinkMatchControlProps) {
  const t = useTranslations('matching.panel');
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('unlink')}
      </Button>
    );
  }
  return (
    <ConfirmForm action={action} question={t('unlinkConfirm')} confirmLabel={t('unlink')} pending={pending} onCancel={() => setConfirming(false)}>
      {fields}
    </ConfirmForm>
  );
}
