import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { canAny, type Action } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors/app-error';
import { HTTP_STATUS } from '@/lib/errors/http-status';
import { toAppError } from '@/lib/errors/to-app-error';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import type { PublicUser } from '@/lib/server/users/user-fields';

interface RouteDefinition<S extends z.ZodType, R> {
  /** One action, or several of which any suffices. */
  permission: Action | readonly Action[];
  /** Validates the query string. */
  query: S;
  run: (input: z.output<S>, user: PublicUser) => Promise<R>;
}

/** The route-handler twin of defineAction: authorise, validate, call the domain, answer JSON. */
export function defineRoute<S extends z.ZodType, R>(definition: RouteDefinition<S, R>) {
  return async function handler(request: Request): Promise<NextResponse> {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError('UNAUTHENTICATED');
      if (!canAny(user.role, [definition.permission].flat())) throw new AppError('FORBIDDEN');
      const parsed = definition.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
      return NextResponse.json(await definition.run(parsed.data, user));
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      const t = await getTranslations('errors');
      return NextResponse.json(
        { error: { code: appError.code, message: t(`codes.${appError.code}`) } },
        { status: HTTP_STATUS[appError.code] },
      );
    }
  };
}
