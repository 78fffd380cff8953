import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

describe('authorisation on the server', () => {
  test('a fact-checker who opens the admin page gets the 403 page, not the user list', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'FACT_CHECKER');
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not allowed');
    expect(await page.content()).not.toContain('admin@factdesk.example');
    await context.close();
  });

  test('a fact-checker asking the users API gets a 403 JSON error and no data', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'FACT_CHECKER');
    const response = await context.request.get('/api/users');
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'You are not allowed to do this.' } });
    await context.close();
  });

  test('an admin gets the users API; a stranger gets 401', async () => {
    const context = await newContext(browser());
    expect((await context.request.get('/api/users')).status()).toBe(401);
    const page = await context.newPage();
    await signInAs(page, 'ADMIN');
    const response = await context.request.get('/api/users');
    expect(response.status()).toBe(200);
    const { users } = (await response.json()) as { users: Array<Record<string, unknown>> };
    expect(users.length).toBeGreaterThanOrEqual(6);
    expect(users[0]).not.toHaveProperty('passwordHash');
    await context.close();
  });

  test('a signed-out visitor is sent to sign in', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/admin/users');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  test('every page forbids loading anything from elsewhere and being framed', async () => {
    const context = await newContext(browser());
    const response = await context.request.get('/sign-in');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    await context.close();
  });
});
