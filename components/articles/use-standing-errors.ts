'use client';

import { useState } from 'react';
import { formFeedback, type ActionResult } from '@/lib/server/action-result';

const NONE: ReadonlySet<string> = new Set();

/**
 * A form's messages from its last save, each field's until the person changes that field
 * (or an import fills it in); the overall message goes with the last of them.
 */
export function useStandingErrors<T>(result: ActionResult<T> | null) {
  const feedback = formFeedback(result);
  const [changedSince, setChangedSince] = useState({ result, fields: NONE });
  const changed = changedSince.result === result ? changedSince.fields : NONE;
  const fieldErrors: Record<string, string> = Object.fromEntries(Object.entries(feedback.fieldErrors).filter(([field]) => !changed.has(field)));
  const standing = result?.ok === false && (result.code !== 'INVALID' || Object.keys(fieldErrors).length > 0);
  const markChanged = (fields: string[]) =>
    setChangedSince((previous) => ({ result, fields: new Set([...(previous.result === result ? previous.fields : []), ...fields]) }));
  return { message: standing ? feedback.message : undefined, fieldErrors, markChanged };
}
