import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { canAny, type Action } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import type { ActionResult, FormAction } from './action-result';
import { toAppError } from '@/lib/errors/to-app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import type { PublicUser } from '@/lib/server/users/user-fields';


interface ActionDefinition<S extends z.ZodType, R, U> {
  schema: S;
  run: (input: z.output<S>, user: U) => Promise<R>;
  /** Pages whose data the action changes. */
  revalidate?: string[];
}


/**
 * Every server action goes through here: authorise, validate, call the domain, and
 * turn expected failures into a translated message (with one per field). Anything
 * else is a bug and is rethrown to the error page.
 */
export function defineAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R, PublicUser> & { permission: Action | readonly Action[] },
): FormAction<R> {
  return handle(definition, async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!canAny(user.role, [definition.permission].flat())) throw new AppError('FORBIDDEN');
    return user;
  });
}

/** For the few actions anyone may take, signed in or not (choosing a language). */
export function definePublicAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R, PublicUser | null>,
): FormAction<R> {
  return handle(definition, getCurrentUser);
}

function handle<S extends z.ZodType, R, U>(
  definition: ActionDefinition<S, R, U>,
  authorise: () => Promise<U>,
): FormAction<R> {
  return async function action(_previous, formData) {
    try {
      const user = await authorise();
      const parsed = definition.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
      const data = await definition.run(parsed.data, user);
      definition.revalidate?.forEach((path) => revalidatePath(path));
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      return { ...(await translateError(appError)), values: submittedValues(formData) };
    }
  };
}

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password/i.test(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

async function translateError(error: AppError) {
  const t = await getTranslations('errors');
  const fieldErrors: Record<string, string> = {};
  for (const [field, { key, values }] of Object.entries(error.fieldErrors ?? {})) {
    fieldErrors[field] = t(key, values);
  }
  const message = error.reason && t.has(`reasons.${error.reason}`) ? t(`reasons.${error.reason}`) : t(`codes.${error.code}`);
  return { ok: false as const, code: error.code, message, fieldErrors };
}
