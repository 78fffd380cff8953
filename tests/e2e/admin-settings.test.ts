import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

describe('admin: settings, rating scale and audit log', () => {
  test('an admin moves between the admin sections', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin');
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    const sections = page.getByRole('navigation', { name: 'Administration' });
    expect(await sections.getByRole('link').allTextContents()).toEqual(['Users', 'Audit log', 'Settings', 'Rating scale', 'Fact-checks']);
    for (const [link, heading] of [
      ['Audit log', 'Audit log'],
      ['Settings', 'Newsroom settings'],
      ['Rating scale', 'Rating scale'],
      ['Fact-checks', 'Fact-checks from other outlets'],
      ['Users', 'Users'],
    ]) {
      await sections.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect(sections.getByRole('link', { name: link }).getAttribute('aria-current')).resolves.toBe('page');
    }
    await context.close();
  });

  test('an admin turns the cross-check step on, and the audit log shows who did', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/settings');
    const crossCheck = page.getByRole('checkbox', { name: /Cross-check step/ });
    expect(await crossCheck.isChecked()).toBe(false);
    try {
      await crossCheck.check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
      await page.reload();
      expect(await page.getByRole('checkbox', { name: /Cross-check step/ }).isChecked()).toBe(true);

      await page.goto('/admin/audit?entityType=NewsroomSettings');
      const event = page.getByTestId('audit-event').first();
      await expect(event.textContent()).resolves.toMatch(/Alex Admin.*settings\.updated.*Newsroom settings.*crossCheckEnabled.*false.*true/);
    } finally {
      // Other browser tests work with the step off.
      await page.goto('/admin/settings');
      await page.getByRole('checkbox', { name: /Cross-check step/ }).uncheck();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    }
    await context.close();
  });

  test('the organisation’s website must be an http(s) address', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/settings');
    await page.getByLabel('Website').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter a full web address starting with http:// or https://.').waitFor();
    expect(await page.getByLabel('Website').inputValue()).toBe('javascript:alert(1)');
    await context.close();
  });

  test('an admin adds a rating, renames it and retires it; the audit log filtered by it shows each step', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    await page.goto('/admin/ratings');
    const key = `satire-${Date.now()}`;
    const form = page.getByRole('region', { name: 'New rating' });
    await form.getByLabel('Key').fill(key);
    await form.getByLabel('English name').fill('Satire');
    await form.getByLabel('German name').fill('Satire');
    await form.getByRole('button', { name: 'Add rating' }).click();
    const rating = page.getByTestId(`rating-${key}`);
    await rating.waitFor();

    await rating.getByLabel('German name').fill('Satire (Glosse)');
    await rating.getByRole('button', { name: 'Save' }).click();
    await rating.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await rating.getByRole('button', { name: 'Retire' }).click();
    await rating.getByText('Retired').waitFor();

    await page.goto(`/admin/audit?action=rating.updated`);
    await expect(page.getByTestId('audit-event').first().textContent()).resolves.toMatch(/labelDe.*"Satire".*"Satire \(Glosse\)"/);
    await context.close();
  });

  test.each(['/admin/audit', '/admin/settings', '/admin/ratings'])('an editor who opens %s gets the 403 page', async (path) => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
