import type { ChangeSummary, ErrorCode } from '@/lib/errors/app-error';

/** What every server action answers a form (see define-action.ts); free of server code, so forms may import it. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      fieldErrors: Record<string, string>;
      /** For a conflict: what others changed since the person loaded the page. */
      changes?: ChangeSummary[];
      /** What was submitted (passwords left out): React resets a form after its action, so forms refill from it. */
      values: Record<string, string>;
    };

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

interface FormFeedback {
  message?: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const NO_FEEDBACK: FormFeedback = { fieldErrors: {}, values: {} };

/** What a form shows after its action: the failure's messages and values, or nothing. */
export function formFeedback<T>(result: ActionResult<T> | null): FormFeedback {
  return result && !result.ok ? result : NO_FEEDBACK;
}
