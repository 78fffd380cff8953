import { newContext, signIn, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

describe('account page', () => {
  test('a fact-checker changes their password after a mismatch is pointed out', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'FACT_CHECKER', 2);
    await page.getByTestId('signed-in-user').click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();

    await page.getByLabel('Current password').fill('factdesk-demo-2026');
    await page.getByLabel('New password', { exact: true }).fill('checker three new pass');
    await page.getByLabel('Repeat the new password').fill('something else entirely');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The passwords differ.').waitFor();

    await page.getByLabel('Current password').fill('factdesk-demo-2026');
    await page.getByLabel('New password', { exact: true }).fill('checker three new pass');
    await page.getByLabel('Repeat the new password').fill('checker three new pass');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();

    const fresh = await newContext(browser());
    const again = await fresh.newPage();
    await signIn(again, 'checker3@factdesk.example', 'checker three new pass');
    await again.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await Promise.all([context.close(), fresh.close()]);
  });
});
