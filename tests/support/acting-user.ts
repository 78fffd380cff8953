import type { PublicUser } from '@/lib/server/users/user-fields';

/**
 * Stands in for the session in integration tests of server actions: the action wrapper asks
 * `getCurrentUser`, and tests say who is signed in. Everything behind it (the permission table,
 * validation, the domain, the database) is real.
 *
 *   jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));
 */
let current: PublicUser | null = null;

export function actAs(user: PublicUser | null): void {
  current = user;
}

export async function getCurrentUser(): Promise<PublicUser | null> {
  return current;
}
