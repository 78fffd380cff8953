import { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import { HTTP_STATUS } from '@/lib/errors/http-status';
import { toAppError } from '@/lib/errors/to-app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import { describeError } from '@/lib/server/i18n/describe-error';
import { authorise } from '@/lib/server/session/authorise';
import type { PublicUser } from '@/lib/server/users/user-fields';

interface RouteDefinition<S extends z.ZodType, R> {
  permission: Permission;
  /** Validates the query string. */
  query: S;
  run: (input: z.output<S>, user: PublicUser) => Promise<R>;
}

/** The route-handler twin of defineAction: authorise, validate, call the domain, answer JSON. */
export function defineRoute<S extends z.ZodType, R>(definition: RouteDefinition<S, R>) {
  return async function handler(request: Request): Promise<NextResponse> {
    try {
      const user = await authorise(definition.permission);
      const parsed = definition.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
      return NextResponse.json(await definition.run(parsed.data, user));
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      const { message, fieldErrors } = await describeError(appError);
      const details = Object.keys(fieldErrors).length ? { fieldErrors } : {};
      return NextResponse.json({ error: { code: appError.code, message, ...details } }, { status: HTTP_STATUS[appError.code] });
    }
  };
}
