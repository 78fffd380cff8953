'use client';

import { useActionState } from 'react';
import { formFeedback, type FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

interface ActionButtonProps<T> {
  action: FormAction<T>;
  /** Sent as hidden fields. */
  fields: Record<string, string>;
  label: string;
  /** For a button whose label is a symbol (an arrow). */
  accessibleLabel?: string;
  variant?: 'secondary' | 'danger';
  disabled?: boolean;
}

/** One button that runs one server action, and says why when it is refused. */
export function ActionButton<T>({ action, fields, label, accessibleLabel, variant = 'secondary', disabled }: ActionButtonProps<T>) {
  const [result, formAction, pending] = useActionState(action, null);
  const { message } = formFeedback(result);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending || disabled} aria-label={accessibleLabel} title={accessibleLabel}>
        {label}
      </Button>
      {message && <FormStatus tone="error" message={message} />}
    </form>
  );
}
