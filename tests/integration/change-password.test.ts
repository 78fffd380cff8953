import { db } from '@/lib/db';
import { changePassword } from '@/lib/server/users/change-password';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { createTestUser, TEST_PASSWORD } from '../support/factories';

const NEW_PASSWORD = 'a brand new passphrase';

describe('changePassword', () => {
  test('replaces the password and records it in the audit trail', async () => {
    const user = await createTestUser('FACT_CHECKER');
    await changePassword(user.id, TEST_PASSWORD, NEW_PASSWORD);
    await expect(verifyCredentials(user.email, NEW_PASSWORD)).resolves.toMatchObject({ id: user.id });
    await expect(verifyCredentials(user.email, TEST_PASSWORD)).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: 'user.password-changed' } })).toBe(1);
  });

  test('refuses a wrong current password, names the field, and changes nothing', async () => {
    const user = await createTestUser('EDITOR');
    await expect(changePassword(user.id, 'not my password', NEW_PASSWORD)).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { currentPassword: { key: 'reasons.WRONG_PASSWORD' } },
    });
    await expect(verifyCredentials(user.email, TEST_PASSWORD)).resolves.toMatchObject({ id: user.id });
  });
});
