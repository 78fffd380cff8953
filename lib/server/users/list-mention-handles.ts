import { handleOf } from '@/lib/workflow/find-mentions';
import { listActiveUsers } from './list-active-users';

/** The @handles of everyone active, for the notes form's hint, in the order of their emails. */
export async function listMentionHandles(): Promise<string[]> {
  const emails = (await listActiveUsers()).map((user) => user.email).sort();
  return emails.map(handleOf);
}
