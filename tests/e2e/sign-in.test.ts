import type { Page } from 'playwright-core';
import { MAX_FAILED_SIGN_INS } from '@/lib/auth/sign-in-throttle';
import { demoUser, newContext, signIn, useBrowser } from '../support/browser';

const browser = useBrowser();

// Scoped to the form: Next's route announcer is an (empty) alert too.
async function alertText(page: Page): Promise<string> {
  return (await page.locator('form').getByRole('alert').textContent()) ?? '';
}

describe('sign-in page', () => {
  test('a wrong password and an unknown email get the same message', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signIn(page, demoUser('EDITOR').email, 'wrong password');
    const wrongPassword = await alertText(page);
    await signIn(page, 'nobody-here@factdesk.example', 'wrong password');
    const unknownEmail = await alertText(page);
    expect(wrongPassword).toBe('Email or password is wrong.');
    expect(unknownEmail).toBe(wrongPassword);
    await context.close();
  });

  test('after five failures the sixth attempt is refused with a clear message', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const email = `throttled-${Date.now()}@factdesk.example`;
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await signIn(page, email, 'guess');
      await page.locator('form').getByRole('alert').waitFor();
    }
    await signIn(page, email, 'guess');
    await expect(alertText(page)).resolves.toMatch(/Too many failed attempts/);
    await context.close();
  });
});
