export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export interface SignInAttempt {
  succeeded: boolean;
  createdAt: Date;
}

/**
 * Refuse further attempts once an email has MAX_FAILED_SIGN_INS failures inside the
 * window since its last success. Returns when the next attempt will be allowed, or null.
 */
export function signInBlockedUntil(recentAttempts: readonly SignInAttempt[], now: Date): Date | null {
  const windowStart = now.getTime() - SIGN_IN_WINDOW_MS;
  const sorted = [...recentAttempts]
    .filter((attempt) => attempt.createdAt.getTime() > windowStart)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastSuccess = sorted.findLastIndex((attempt) => attempt.succeeded);
  const failures = sorted.slice(lastSuccess + 1);
  if (failures.length < MAX_FAILED_SIGN_INS) return null;
  const oldestCounted = failures[failures.length - MAX_FAILED_SIGN_INS];
  return oldestCounted ? new Date(oldestCounted.createdAt.getTime() + SIGN_IN_WINDOW_MS) : null;
}
