import type { Page } from 'playwright-core';
import { db } from '@/lib/db';
import { demoUser } from './browser';

/** The demo newsroom's editor and fact-checker, as the report factories take them. */
export async function demoPeople() {
  const person = (role: 'EDITOR' | 'FACT_CHECKER') => db.user.findUniqueOrThrow({ where: { email: demoUser(role).email }, select: { id: true, role: true } });
  return { editor: await person('EDITOR'), checker: await person('FACT_CHECKER') };
}

/** The correction note publishThroughDesk gives when the report has a version already. */
export const DESK_CORRECTION_NOTE = 'Neu veröffentlicht im Test.';

/** The editor's path in the browser: compose, preview, publish (a correction when a version exists). The public page's path. */
export async function publishThroughDesk(page: Page, articleId: string): Promise<string> {
  await page.goto(`/articles/${articleId}/report`);
  await page.getByLabel('Summary').fill('Wir haben die Zahlen zur Brückensperrung mit den Unterlagen der Stadt verglichen.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.waitForURL(/\/report\/preview$/);
  await page.frameLocator('iframe[title="Preview of the public report"]').locator('h1').waitFor();
  const note = page.getByLabel('Correction note');
  if (await note.count()) await note.fill(DESK_CORRECTION_NOTE);
  await page.getByRole('button', { name: /^Publish/ }).click();
  await page.waitForURL(/\/report\?published=\d+$/);
  const href = await page.getByRole('link', { name: 'Open the public page' }).getAttribute('href');
  if (!href) throw new Error('No link to the public page');
  return href;
}

/** The editor withdraws the article's report through the desk, giving `reason`. */
export async function withdrawThroughDesk(page: Page, articleId: string, reason: string): Promise<void> {
  await page.goto(`/articles/${articleId}/report`);
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', { name: 'Withdraw' }).click();
  await page.waitForURL(/\/report\?unpublished=1$/);
}
