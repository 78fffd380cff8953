import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import { toAppError } from '@/lib/errors/to-app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import { describeError } from '@/lib/server/i18n/describe-error';
import { authorise } from '@/lib/server/session/authorise';
import { getCurrentUser } from '@/lib/server/session/current-user';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { FormAction } from './action-result';

interface ActionDefinition<S extends z.ZodType, R, U> {
  schema: S;
  run: (input: z.output<S>, user: U) => Promise<R>;
  /** Pages whose data the action changes; a route pattern ("/claims/[claimId]") means every page of it. */
  revalidate?: string[];
}

/**
 * Every server action goes through here: authorise, validate, call the domain, and
 * turn expected failures into a translated message (with one per field). Anything
 * else is a bug and is rethrown to the error page.
 */
export function defineAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R, PublicUser> & { permission: Permission },
): FormAction<R> {
  return handle(definition, () => authorise(definition.permission));
}

/** For the few actions anyone may take, signed in or not (choosing a language). */
export function definePublicAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R, PublicUser | null>,
): FormAction<R> {
  return handle(definition, getCurrentUser);
}

function handle<S extends z.ZodType, R, U>(
  definition: ActionDefinition<S, R, U>,
  authoriseCaller: () => Promise<U>,
): FormAction<R> {
  return async function action(_previous, formData) {
    try {
      const user = await authoriseCaller();
      const parsed = definition.schema.safeParse(formValues(formData));
      if (!parsed.success) throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
      const data = await definition.run(parsed.data, user);
      // A dynamic route ("/claims/[claimId]") stands for all its pages.
      definition.revalidate?.forEach((path) => (path.includes('[') ? revalidatePath(path, 'page') : revalidatePath(path)));
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      const changes = appError.changes ? { changes: appError.changes } : {};
      return { ok: false, code: appError.code, ...(await describeError(appError)), ...changes, values: submittedValues(formData) };
    }
  };
}

/**
 * Form fields as an object. A name ending in `[]` (`claims[]`) is a list of every value given;
 * any other name takes its last value, so a hidden "false" before a checkbox's "true" works.
 */
function formValues(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key);
    if (key.endsWith('[]')) values[key.slice(0, -2)] = all;
    else values[key] = all[all.length - 1] as FormDataEntryValue;
  }
  return values;
}

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password/i.test(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}
