import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

describe('language', () => {
  test('switching to German changes the UI and is remembered for the user', async () => {
    const context = await newContext(browser(), 'en-US');
    const page = await context.newPage();
    await signInAs(page, 'EDITOR', 1);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    await expect(nav.getByRole('link').first().textContent()).resolves.toBe('Articles');

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').allTextContents()).toEqual([
      'Artikel',
      'Behauptungen',
      'Abnahme',
      'Berichte',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    // A new browser (no language cookie, English browser) still gets the user's choice.
    const otherContext = await newContext(browser(), 'en-US');
    const otherPage = await otherContext.newPage();
    await signInAs(otherPage, 'EDITOR', 1);
    await otherPage.getByRole('button', { name: 'Abmelden' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await Promise.all([context.close(), otherContext.close()]);
  });

  test('a German browser gets German before anyone signs in', async () => {
    const context = await newContext(browser(), 'de-DE');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bei Factdesk anmelden');
    await context.close();
  });
});
