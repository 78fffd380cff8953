import type { ErrorCode } from '@/lib/errors/app-error';

/** What every server action answers a form (see define-action.ts); types only, so forms may import it. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors: Record<string, string> };

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
