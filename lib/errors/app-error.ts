export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID',
  'RATE_LIMITED',
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field name → catalog key (with values) of the message to show beside that field. */
export type FieldErrors = Record<string, { key: string; values?: Record<string, string | number> }>;

/** One change someone else made in the meantime, for a conflict message: who did what, when. */
export interface ChangeSummary {
  /** The audit action, e.g. "claim.verdict-saved"; catalogs label it (history.actions.*). */
  action: string;
  actor: string | null;
  at: string;
}

/**
 * The only error the domain throws on purpose. `reason` names a catalog message
 * (errors.reasons.*) that says more than the code, e.g. LAST_ADMIN.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason?: string,
    readonly fieldErrors?: FieldErrors,
    /** For a CONFLICT: what changed since the version the person saw. */
    readonly changes?: ChangeSummary[],
  ) {
    super(reason ? `${code}: ${reason}` : code);
    this.name = 'AppError';
  }
}
