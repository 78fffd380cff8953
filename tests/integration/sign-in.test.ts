import { db } from '@/lib/db';
import { MAX_FAILED_SIGN_INS } from '@/lib/auth/sign-in-throttle';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { updateUserAccess } from '@/lib/server/users/update-user-access';
import { createTestUser, TEST_PASSWORD, uniqueEmail } from '../support/factories';

describe('verifyCredentials', () => {
  test('signs in with the right password and returns no secrets', async () => {
    const user = await createTestUser('EDITOR');
    const signedIn = await verifyCredentials(user.email, TEST_PASSWORD);
    expect(signedIn).toEqual({ id: user.id, name: user.name, email: user.email, role: 'EDITOR', sessionVersion: 0 });
  });

  test('fails alike for a wrong password and an unknown email', async () => {
    const user = await createTestUser('EDITOR');
    // Both handled at once: a rejection that waits for the other's to be awaited counts as unhandled.
    await Promise.all([
      expect(verifyCredentials(user.email, 'not the password')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }),
      expect(verifyCredentials(uniqueEmail('nobody'), TEST_PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }),
    ]);
  });

  test('refuses even the right password after five failures in fifteen minutes', async () => {
    const user = await createTestUser('FACT_CHECKER');
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await expect(verifyCredentials(user.email, 'guess')).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    }
    await expect(verifyCredentials(user.email, TEST_PASSWORD)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_SIGN_IN_ATTEMPTS',
    });
  });

  test('throttles unknown emails too, so the limit reveals nothing', async () => {
    const email = uniqueEmail('ghost');
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      await expect(verifyCredentials(email, 'guess')).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    }
    await expect(verifyCredentials(email, 'guess')).rejects.toMatchObject({ reason: 'TOO_MANY_SIGN_IN_ATTEMPTS' });
  });

  test('lets attempts through again once the failures are older than fifteen minutes', async () => {
    const user = await createTestUser('FACT_CHECKER');
    const longAgo = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILED_SIGN_INS }, () => ({ email: user.email, succeeded: false, createdAt: longAgo })),
    });
    await expect(verifyCredentials(user.email, TEST_PASSWORD)).resolves.toMatchObject({ id: user.id });
  });

  test('refuses a deactivated account with the right password', async () => {
    const admin = await createTestUser('ADMIN');
    const user = await createTestUser('FACT_CHECKER');
    await updateUserAccess(user.id, { active: false }, admin.id);
    await expect(verifyCredentials(user.email, TEST_PASSWORD)).rejects.toMatchObject({ reason: 'ACCOUNT_DEACTIVATED' });
  });
});
