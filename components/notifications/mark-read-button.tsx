'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/lib/server/action-result';
import { Button } from '@/components/ui/button';

export function MarkReadButton({ ids, label, markRead }: { ids: readonly string[]; label: string; markRead: FormAction<{ count: number }> }) {
  const [, action, pending] = useActionState(markRead, null);
  return (
    <form action={action} className="mt-2">
      {ids.map((id) => (
        <input key={id} type="hidden" name="ids[]" value={id} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
