import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

describe('navigation by role', () => {
  test.each([
    ['ADMIN', ['Articles', 'Claims', 'My claims', 'Review', 'Reports', 'Admin'], 'Alex Admin (Admin)'],
    ['EDITOR', ['Articles', 'Claims', 'Review', 'Reports'], 'Eva Editor (Editor)'],
    ['FACT_CHECKER', ['Articles', 'Claims', 'My claims'], 'Fatima Checker (Fact-checker)'],
  ] as const)('%s signs in and sees exactly %j', async (role, links, signedInAs) => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, role);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(links);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toBe(`Signed in as ${signedInAs}`);
    await context.close();
  });

  test('signing out returns to the sign-in page and ends access', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/articles');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});
