import { findDeskReference } from '@/lib/server/settings/find-desk-reference';

/**
 * Everyone active, by name: behind the assignee choices and the @mention hints. It comes with
 * the settings and the rating scale, in the one query a request makes for them.
 */
export async function listActiveUsers() {
  return (await findDeskReference()).activeUsers;
}
