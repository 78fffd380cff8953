import { getTranslations } from 'next-intl/server';
import type { AppError } from '@/lib/errors/app-error';

/** An AppError in the user's language: one message overall and one per invalid field. */
export async function describeError(error: AppError): Promise<{ message: string; fieldErrors: Record<string, string> }> {
  const t = await getTranslations('errors');
  const fieldErrors: Record<string, string> = {};
  for (const [field, { key, values }] of Object.entries(error.fieldErrors ?? {})) fieldErrors[field] = t(key, values);
  const reasonKey = `reasons.${error.reason}`;
  const message = error.reason && t.has(reasonKey) ? t(reasonKey) : t(`codes.${error.code}`);
  return { message, fieldErrors };
}
