/**
 * What server actions need from Next.js and next-intl outside a request, for integration tests:
 * revalidation does nothing, and an error's message is its reason (or code) so tests can assert it.
 *
 *   jest.mock('next/cache', () => require('../support/action-env').nextCache);
 *   jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);
 */
import type { AppError } from '@/lib/errors/app-error';

export const nextCache = { revalidatePath: () => undefined };

export const describeErrorModule = {
  describeError: async (error: AppError) => ({
    message: error.reason ?? error.code,
    fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, { key }]) => [field, key])),
  }),
};

/** A FormData from plain values; arrays become repeated fields. */
export function form(values: Record<string, string | number | readonly (string | number)[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item));
  }
  return data;
}
