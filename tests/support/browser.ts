import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS } from '@/lib/server/demo/seed-demo-data';
import type { Role } from '@/lib/auth/roles';
import { BROWSER_ARGS } from '@/scripts/support/find-browser';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('End-to-end tests need the app: run them through `npm test`.');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.E2E_CHROMIUM_PATH;
  if (!executablePath) throw new Error('End-to-end tests need the browser `npm test` finds: run them through `npm test`.');
  return chromium.launch({ executablePath, args: BROWSER_ARGS });
}

/** A fresh browser profile (no cookies) speaking the given language. */
export function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), locale });
}

export function demoUser(role: Role, index = 0) {
  const user = DEMO_USERS.filter((candidate) => candidate.role === role)[index];
  if (!user) throw new Error(`No demo ${role} #${index}`);
  return user;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  // By field name, not label: the page may be in either language.
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
}

/** Signs in as a demo account and waits for the start page. */
export async function signInAs(page: Page, role: Role, index = 0): Promise<void> {
  await signIn(page, demoUser(role, index).email);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser is not running yet');
    return browser;
  };
}
