import { encode } from 'next-auth/jwt';
import en from '@/lib/i18n/messages/en.json';
import type { ActionResult, FormAction } from '@/lib/server/action-result';
import { authOptions } from '@/lib/server/session/auth-options';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { form } from './action-env';
import { TEST_PASSWORD } from './factories';

/**
 * A request context for calling server actions and session helpers in integration tests, with
 * the real next-auth session handling (JWT encoding, callbacks, getServerSession) and the real
 * database behind them. Only what Next provides per request is stood in for: the request's
 * cookies and headers, the cache to revalidate, and the request's translations (English).
 *
 * In the test file, before anything else:
 *   jest.mock('next/headers', () => require('../support/request-context').nextHeaders);
 *   jest.mock('next/cache', () => require('../support/request-context').nextCache);
 *   jest.mock('next-intl/server', () => require('../support/request-context').nextIntlServer);
 */

const SESSION_COOKIE = 'next-auth.session-token';
process.env.NEXTAUTH_SECRET ??= 'integration tests sign their own session tokens';
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';

let sessionToken: string | null = null;

export const nextHeaders = {
  cookies: async () => ({
    getAll: () => (sessionToken ? [{ name: SESSION_COOKIE, value: sessionToken }] : []),
    get: (name: string) => (name === SESSION_COOKIE && sessionToken ? { name, value: sessionToken } : undefined),
    set: () => {},
  }),
  headers: async () => new Headers({ host: 'localhost:3000' }),
};

export const revalidatedPaths: string[] = [];

export const nextCache = {
  revalidatePath: (path: string) => {
    revalidatedPaths.push(path);
  },
};

/** The English catalog with its {placeholders} filled: enough for the messages actions answer (next-intl itself is ESM only). */
function translator(namespace?: string) {
  const lookup = (key: string): unknown =>
    [namespace, key]
      .filter(Boolean)
      .join('.')
      .split('.')
      .reduce<unknown>((node, part) => (typeof node === 'object' && node ? (node as Record<string, unknown>)[part] : undefined), en);
  const translate = (key: string, values?: Record<string, string | number>) => {
    const text = lookup(key);
    if (typeof text !== 'string') throw new Error(`No message ${[namespace, key].filter(Boolean).join('.')}`);
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values?.[name] ?? placeholder));
  };
  return Object.assign(translate, { has: (key: string) => typeof lookup(key) === 'string' });
}

export const nextIntlServer = {
  getTranslations: async (namespace?: string) => translator(namespace),
};

/** The session token a sign-in with these credentials issues, as the browser's cookie from now on. */
export async function signInAs(email: string, password = TEST_PASSWORD): Promise<string> {
  const user = await verifyCredentials(email, password);
  const jwt = authOptions.callbacks?.jwt;
  if (!jwt) throw new Error('authOptions has no jwt callback');
  const token = await jwt({ token: {}, user, account: null });
  sessionToken = await encode({ token, secret: process.env.NEXTAUTH_SECRET ?? '' });
  return sessionToken;
}

/** Sends an earlier token again, e.g. one issued before the user's sessions were ended. */
export function useSessionToken(token: string | null): void {
  sessionToken = token;
}

export function signOut(): void {
  sessionToken = null;
}

/** Submits the fields to a server action as its form would; an undefined field is not sent (an unticked box). */
export function submit<T>(action: FormAction<T>, fields: Record<string, string | undefined> = {}): Promise<ActionResult<T>> {
  return action(null, form(fields));
}

/** The data of a successful action; a failure fails the test with the action's message. */
export function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`The action was refused: ${result.code}: ${result.message}`);
  return result.data;
}
