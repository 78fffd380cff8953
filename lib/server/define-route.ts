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

interface RouteDefinition<S extends z.ZodType, R, U> {
  /** Validates the query string together with the route's own segments ([slug] and the like). */
  query: S;
  /** Answers JSON, or the Response it returns (a page, a download). */
  run: (input: z.output<S>, user: U) => Promise<R | Response>;
}

interface PublicRouteDefinition<S extends z.ZodType, R> extends RouteDefinition<S, R, null> {
  /** Seconds browsers and shared caches (CDNs) may keep a successful answer, and serve it stale while they ask again. */
  cache: { maxAge: number; sharedMaxAge: number; staleWhileRevalidate: number };
  /** For addresses people open in a browser: the failure as a page instead of JSON. */
  errorPage?: (failure: { status: number; message: string }) => string | Promise<string>;
}

interface RouteContext {
  params: Promise<Record<string, string | string[]>>;
}

type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

/** The route-handler twin of defineAction: authorise, validate, call the domain, answer JSON. */
export function defineRoute<S extends z.ZodType, R>(definition: RouteDefinition<S, R, PublicUser> & { permission: Permission }): RouteHandler {
  return handle(definition, () => authorise(definition.permission), {});
}

/**
 * For the few routes anyone may read without signing in (published reports for readers and
 * partners): no user, and cache headers, because what they answer is public. The architecture
 * test keeps a list of the routes allowed to use it.
 */
export function definePublicRoute<S extends z.ZodType, R>(definition: PublicRouteDefinition<S, R>): RouteHandler {
  const { maxAge, sharedMaxAge, staleWhileRevalidate } = definition.cache;
  const cacheControl = `public, max-age=${maxAge}, s-maxage=${sharedMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
  return handle(definition, async () => null, { cacheControl, errorPage: definition.errorPage });
}

interface Answering {
  cacheControl?: string;
  errorPage?: PublicRouteDefinition<z.ZodType, unknown>['errorPage'];
}

function handle<S extends z.ZodType, R, U>(
  definition: RouteDefinition<S, R, U>,
  authoriseCaller: () => Promise<U>,
  { cacheControl, errorPage }: Answering,
): RouteHandler {
  return async function handler(request, context) {
    let malformedQuery = false;
    try {
      const user = await authoriseCaller();
      const input = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await context.params) };
      const parsed = definition.query.safeParse(input);
      if (!parsed.success) {
        malformedQuery = true;
        throw new AppError('INVALID', undefined, zodFieldErrors(parsed.error));
      }
      const result = await definition.run(parsed.data, user);
      const response = result instanceof Response ? result : NextResponse.json(result);
      if (cacheControl && !response.headers.has('Cache-Control')) response.headers.set('Cache-Control', cacheControl);
      return response;
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      // A query string that does not parse is a bad request (400); invalid content the domain refuses stays 422.
      const status = malformedQuery ? 400 : HTTP_STATUS[appError.code];
      const { message, fieldErrors } = await describeError(appError);
      if (errorPage) {
        return new Response(await errorPage({ status, message }), {
          status,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
        });
      }
      const details = Object.keys(fieldErrors).length ? { fieldErrors } : {};
      return NextResponse.json({ error: { code: appError.code, message, ...details } }, { status, headers: cacheControl ? { 'Cache-Control': 'no-store' } : {} });
    }
  };
}
