import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { authOptions } from './auth-options';
import { findSessionUser, type SessionUser } from '@/lib/server/users/find-session-user';

/** The signed-in, still active user of this request whose session has not been ended, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? findSessionUser(id, session.user.sessionVersion) : null;
});
