import { db } from '@/lib/db';

/** How many external fact-checks the archive holds. */
export async function countFactChecks(): Promise<number> {
  return db.externalFactCheck.count();
}
