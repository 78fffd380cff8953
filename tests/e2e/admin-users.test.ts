import { newContext, signIn, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

const NEW_PASSWORD = 'a long enough password';

describe('admin: users', () => {
  test('shows field errors from the server, then creates the user', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/users');
    const form = page.getByRole('region', { name: 'New user' });

    await form.getByLabel('Name').fill('Nadia Neu');
    await form.getByLabel('Email').fill('not an email');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Some fields need your attention.');
    await expect(form.getByText('Enter a valid email address.').isVisible()).resolves.toBe(true);
    await expect(form.getByText('At least 12 characters.', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await form.getByLabel('Name').inputValue()).toBe('Nadia Neu');

    const email = `nadia-${Date.now()}@factdesk.example`;
    await form.getByLabel('Email').fill(email.toUpperCase());
    await form.getByLabel('Initial password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByRole('status').waitFor();
    await expect(form.getByRole('status').textContent()).resolves.toBe(`Created ${email}.`);
    await page.getByTestId(`user-row-${email}`).waitFor();
    await context.close();
  });

  test('deactivating a user ends the session they already hold', async () => {
    const adminContext = await newContext(browser());
    const admin = await adminContext.newPage();
    await signInAs(admin, 'ADMIN');
    await admin.goto('/admin/users');
    const email = `leaver-${Date.now()}@factdesk.example`;
    const form = admin.getByRole('region', { name: 'New user' });
    await form.getByLabel('Name').fill('Leo Leaver');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Initial password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Create user' }).click();
    const row = admin.getByTestId(`user-row-${email}`);
    await row.waitFor();

    const leaverContext = await newContext(browser());
    const leaver = await leaverContext.newPage();
    await signIn(leaver, email, NEW_PASSWORD);
    await leaver.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByRole('button', { name: 'Reactivate' }).waitFor();

    await leaver.goto('/claims');
    expect(new URL(leaver.url()).pathname).toBe('/sign-in');
    await signIn(leaver, email, NEW_PASSWORD);
    await expect(leaver.locator('form').getByRole('alert').textContent()).resolves.toMatch(/deactivated/);
    await Promise.all([adminContext.close(), leaverContext.close()]);
  });

  test('refuses to deactivate the last active admin', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/users');
    const row = page.getByTestId('user-row-admin@factdesk.example');
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row.getByRole('alert').textContent()).resolves.toBe(
      'This is the last active admin. Make someone else an admin first.',
    );
    await context.close();
  });
});
