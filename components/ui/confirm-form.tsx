'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from './button';

interface ConfirmFormProps {
  action: (formData: FormData) => void;
  /** The hidden fields the action needs. */
  children: ReactNode;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onCancel: () => void;
}

/** The second step of an action that asks once more: the question, the action's button, and cancel. */
export function ConfirmForm({ action, children, question, confirmLabel, pending, onCancel }: ConfirmFormProps) {
  const t = useTranslations('common');
  return (
    <form action={action} className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2">
      {children}
      <p className="text-sm text-amber-900">{question}</p>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
