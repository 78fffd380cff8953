import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { SIGN_IN_WINDOW_MS, signInBlockedUntil } from '@/lib/auth/sign-in-throttle';
import { decoyPasswordHash, verifyPassword } from './password';
import type { Role } from '@/lib/auth/roles';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Goes into the session token: sessions of an older version are over. */
  sessionVersion: number;
}

/**
 * Wrong email and wrong password fail alike (same error, same time), so nobody can
 * learn which emails have accounts. `email` must already be normalised (emailSchema).
 */
export async function verifyCredentials(email: string, password: string, now = new Date()): Promise<SignedInUser> {
  const recentAttempts = await db.loginAttempt.findMany({
    where: { email, createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } },
    select: { succeeded: true, createdAt: true },
  });
  if (signInBlockedUntil(recentAttempts, now)) throw new AppError('RATE_LIMITED', 'TOO_MANY_SIGN_IN_ATTEMPTS');

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  const succeeded = Boolean(user && passwordMatches);
  await db.loginAttempt.create({ data: { email, succeeded, createdAt: now } });

  if (!user || !succeeded) throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS');
  // Only someone who knows the password learns that the account is deactivated.
  if (!user.active) throw new AppError('FORBIDDEN', 'ACCOUNT_DEACTIVATED');
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
