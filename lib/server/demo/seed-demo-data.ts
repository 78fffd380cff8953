import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { createArticle } from '@/lib/server/articles/create-article';
import { extractArticleClaims } from '@/lib/server/articles/extract-article-claims';
import { createUser } from '@/lib/server/users/create-user';
import { handleOf } from '@/lib/workflow/find-mentions';
import { DEMO_ARTICLES } from './demo-articles';
import { seedDemoFactChecks } from './seed-demo-factchecks';
import { seedDemoReport } from './seed-demo-report';
import { seedDemoWorkflow } from './seed-demo-workflow';

export const DEMO_PASSWORD = 'factdesk-demo-2026';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'admin@factdesk.example', name: 'Alex Admin', role: 'ADMIN' },
  { email: 'editor@factdesk.example', name: 'Eva Editor', role: 'EDITOR' },
  { email: 'editor2@factdesk.example', name: 'Emil Redakteur', role: 'EDITOR' },
  { email: 'checker@factdesk.example', name: 'Fatima Checker', role: 'FACT_CHECKER' },
  { email: 'checker2@factdesk.example', name: 'Felix Prüfer', role: 'FACT_CHECKER' },
  { email: 'checker3@factdesk.example', name: 'Frida Faktencheck', role: 'FACT_CHECKER' },
];

/** Fills an empty database with the demo newsroom; does nothing once anyone has an account. */
export async function seedDemoData(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const users = [];
  for (const user of DEMO_USERS) users.push(await createUser({ ...user, password: DEMO_PASSWORD }, null));
  const editor = users.find((user) => user.role === 'EDITOR');
  const admin = users.find((user) => user.role === 'ADMIN');
  if (!editor || !admin) throw new Error('The demo newsroom needs an editor and an admin');
  // Extracted at once rather than by the worker: the demo workflow starts from these claims.
  for (const article of DEMO_ARTICLES) await extractArticleClaims((await createArticle(article, editor.id)).id);
  await seedDemoWorkflow(Object.fromEntries(users.map((user) => [handleOf(user.email), user])));
  await seedDemoReport();
  await seedDemoFactChecks(admin.id);
  return true;
}
