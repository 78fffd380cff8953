import type { Page } from 'playwright-core';
import { newContext, signIn, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

const INITIAL_PASSWORD = 'the initial password';
const CHOSEN_PASSWORD = 'a password of my own';

/** A fact-checker of this test's own, created the way an admin does it, so the demo accounts stay as they are. */
async function createFactChecker(admin: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@factdesk.example`;
  await admin.goto('/admin/users');
  const form = admin.getByRole('region', { name: 'New user' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill(INITIAL_PASSWORD);
  await form.getByRole('button', { name: 'Create user' }).click();
  await admin.getByTestId(`user-row-${email}`).waitFor();
  return email;
}

describe('password reset by an admin', () => {
  test('the fact-checker signs in with the one-time password, must choose a new one, and the audit log shows the reset', async () => {
    const adminContext = await newContext(browser());
    const admin = await adminContext.newPage();
    await signInAs(admin, 'ADMIN');
    const email = await createFactChecker(admin, 'Rosa Reset');

    // A session the fact-checker already holds ends with the reset.
    const checkerContext = await newContext(browser());
    const checker = await checkerContext.newPage();
    await signIn(checker, email, INITIAL_PASSWORD);
    await checker.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    const row = admin.getByTestId(`user-row-${email}`);
    await row.getByRole('button', { name: 'Reset password' }).click();
    await row.getByText('Reset the password of Rosa Reset? This signs them out everywhere.').waitFor();
    await row.getByRole('button', { name: 'Reset', exact: true }).click();
    const shown = row.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTimePassword = await shown.inputValue();
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    await expect(row.getByRole('status').textContent()).resolves.toContain('Shown only now.');
    await row.getByText('Must choose a new password').waitFor();

    await checker.goto('/articles');
    expect(new URL(checker.url()).pathname).toBe('/sign-in');
    await signIn(checker, email, INITIAL_PASSWORD);
    await expect(checker.locator('form').getByRole('alert').textContent()).resolves.toBe('Email or password is wrong.');

    await signIn(checker, email, oneTimePassword);
    await checker.waitForURL('**/change-password');
    await checker.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    // Every desk page sends them back until they have chosen.
    await checker.goto('/claims');
    expect(new URL(checker.url()).pathname).toBe('/change-password');

    await checker.getByLabel('New password', { exact: true }).fill(oneTimePassword);
    await checker.getByLabel('Repeat the new password').fill(oneTimePassword);
    await checker.getByRole('button', { name: 'Save and continue' }).click();
    await checker.getByText('Choose a password other than the one-time password.').waitFor();

    await checker.getByLabel('New password', { exact: true }).fill(CHOSEN_PASSWORD);
    await checker.getByLabel('Repeat the new password').fill(CHOSEN_PASSWORD);
    await checker.getByRole('button', { name: 'Save and continue' }).click();
    await checker.waitForURL((url) => !['/change-password', '/sign-in'].includes(url.pathname));
    await expect(checker.getByTestId('signed-in-user').textContent()).resolves.toBe('Signed in as Rosa Reset (Fact-checker)');

    // The one-time password is spent; the chosen one works in a fresh browser.
    const freshContext = await newContext(browser());
    const fresh = await freshContext.newPage();
    await signIn(fresh, email, oneTimePassword);
    await expect(fresh.locator('form').getByRole('alert').textContent()).resolves.toBe('Email or password is wrong.');
    await signIn(fresh, email, CHOSEN_PASSWORD);
    await fresh.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    expect(new URL(fresh.url()).pathname).not.toBe('/change-password');

    await admin.goto('/admin/audit?action=user.password-reset');
    const event = admin.getByTestId('audit-event').filter({ hasText: 'Rosa Reset' }).first();
    await event.waitFor();
    await expect(event.textContent()).resolves.toMatch(/Alex Admin.*user\.password-reset.*User.*Rosa Reset.*mustChangePassword/);
    expect(await admin.content()).not.toContain(oneTimePassword);

    await Promise.all([adminContext.close(), checkerContext.close(), freshContext.close()]);
  });

  test('an admin cannot reset their own password here', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/users');
    const ownRow = page.getByTestId('user-row-admin@factdesk.example');
    await ownRow.waitFor();
    expect(await ownRow.getByRole('button', { name: 'Reset password' }).count()).toBe(0);
    await context.close();
  });
});
