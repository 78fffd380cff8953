jest.mock('next/headers', () => require('../support/request-context').nextHeaders);
jest.mock('next/cache', () => require('../support/request-context').nextCache);
jest.mock('next-intl/server', () => require('../support/request-context').nextIntlServer);

import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { authorise } from '@/lib/server/session/authorise';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { resetPassword } from '@/lib/server/users/reset-password';
import { finishPasswordReset } from '@/lib/server/users/finish-password-reset';
import { resetPasswordAction, setActiveAction } from '@/app/(desk)/admin/users/actions';
import { finishPasswordResetAction } from '@/app/change-password/actions';
import { changePasswordAction } from '@/app/(desk)/account/actions';
import { createTestUser, TEST_PASSWORD } from '../support/factories';
import { dataOf, signInAs, signOut, submit, useSessionToken } from '../support/request-context';

const CHOSEN = 'my very own passphrase';

async function resetByAdmin(userId: string): Promise<string> {
  const admin = await createTestUser('ADMIN');
  return (await resetPassword(userId, admin.id)).oneTimePassword;
}

describe('resetPassword', () => {
  test('stores a one-time password, hashed, that signs in once the old one no longer does', async () => {
    const admin = await createTestUser('ADMIN');
    const checker = await createTestUser('FACT_CHECKER');
    const { oneTimePassword } = await resetPassword(checker.id, admin.id);

    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: checker.id }, select: { passwordHash: true, mustChangePassword: true } });
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.mustChangePassword).toBe(true);
    await expect(verifyCredentials(checker.email, TEST_PASSWORD)).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    await expect(verifyCredentials(checker.email, oneTimePassword)).resolves.toMatchObject({ id: checker.id });
  });

  test('gives a different one-time password each time', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    const first = await resetByAdmin(checker.id);
    const second = await resetByAdmin(checker.id);
    expect(first).not.toBe(second);
  });

  test('records who reset whose password in the same transaction, never the password', async () => {
    const admin = await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR');
    const { oneTimePassword } = await resetPassword(editor.id, admin.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: editor.id, action: 'user.password-reset' } });
    expect(event).toMatchObject({
      actorId: admin.id,
      entityType: 'User',
      before: { mustChangePassword: false, sessionVersion: 0 },
      after: { mustChangePassword: true, sessionVersion: 1 },
    });
    expect(JSON.stringify(event)).not.toContain(oneTimePassword);
  });

  test('refuses an admin resetting their own password, and changes nothing', async () => {
    const admin = await createTestUser('ADMIN');
    await expect(resetPassword(admin.id, admin.id)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_PASSWORD_RESET' });
    await expect(verifyCredentials(admin.email, TEST_PASSWORD)).resolves.toMatchObject({ id: admin.id });
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: 'user.password-reset' } })).toBe(0);
  });

  test('answers NOT_FOUND for an unknown user and records nothing', async () => {
    const admin = await createTestUser('ADMIN');
    await expect(resetPassword('no-such-user', admin.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditEvent.count({ where: { entityId: 'no-such-user' } })).toBe(0);
  });
});

describe('sessions after a reset', () => {
  afterEach(signOut);

  test('a token issued before the reset no longer yields a user; one signed in with the one-time password does', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    const before = await signInAs(checker.email);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: checker.id });

    const oneTimePassword = await resetByAdmin(checker.id);
    useSessionToken(before);
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(authorise('claim:research')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    await signInAs(checker.email, oneTimePassword);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: checker.id, mustChangePassword: true });
  });

  test('while the new password is pending, every action but one’s own account is refused', async () => {
    const admin = await createTestUser('ADMIN');
    const other = await createTestUser('FACT_CHECKER');
    const oneTimePassword = await resetByAdmin(admin.id);
    await signInAs(admin.email, oneTimePassword);

    const refused = await submit(setActiveAction, { userId: other.id, active: 'false' });
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN', message: 'Choose a new password first.' });
    await expect(authorise('user:manage')).rejects.toMatchObject({ reason: 'PASSWORD_CHANGE_REQUIRED' });
    await expect(authorise('account:manage-own')).resolves.toMatchObject({ id: admin.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { active: true } })).toEqual({ active: true });
  });

  test('choosing the new password clears the flag and ends every session, the one-time password’s too', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    const oneTimePassword = await resetByAdmin(checker.id);
    const withOneTimePassword = await signInAs(checker.email, oneTimePassword);

    const result = await submit(finishPasswordResetAction, { newPassword: CHOSEN, repeatPassword: CHOSEN });
    expect(result).toEqual({ ok: true, data: checker.email });
    useSessionToken(withOneTimePassword);
    await expect(getCurrentUser()).resolves.toBeNull();

    await signInAs(checker.email, CHOSEN);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: checker.id, mustChangePassword: false });
    await expect(verifyCredentials(checker.email, oneTimePassword)).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: checker.id, action: 'user.password-changed' } });
    expect(event).toMatchObject({ actorId: checker.id, before: { mustChangePassword: true }, after: { mustChangePassword: false } });
  });

  test('the one-time password cannot be kept as the new one', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    const oneTimePassword = await resetByAdmin(checker.id);
    await signInAs(checker.email, oneTimePassword);
    const result = await submit(finishPasswordResetAction, { newPassword: oneTimePassword, repeatPassword: oneTimePassword });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { newPassword: 'Choose a password other than the one-time password.' },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: checker.id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
  });

  test('finishing a reset that is not pending is refused', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    await expect(finishPasswordReset(checker.id, CHOSEN)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'NO_PASSWORD_CHANGE_PENDING' });
    await expect(verifyCredentials(checker.email, TEST_PASSWORD)).resolves.toMatchObject({ id: checker.id });
  });

  test('a reset after the person signed in with the one-time password ends that session too', async () => {
    const checker = await createTestUser('FACT_CHECKER');
    const first = await resetByAdmin(checker.id);
    await signInAs(checker.email, first);
    await resetByAdmin(checker.id);
    await expect(submit(finishPasswordResetAction, { newPassword: CHOSEN, repeatPassword: CHOSEN })).resolves.toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('changing one’s own password', () => {
  afterEach(signOut);

  test('ends the person’s other sessions; the form signs this browser in again with the new password', async () => {
    const editor = await createTestUser('EDITOR');
    const elsewhere = await signInAs(editor.email);
    await signInAs(editor.email);
    const result = await submit(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: CHOSEN, repeatPassword: CHOSEN });
    expect(result).toEqual({ ok: true, data: editor.email });
    useSessionToken(elsewhere);
    await expect(getCurrentUser()).resolves.toBeNull();
    await signInAs(editor.email, CHOSEN);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: editor.id });
  });
});

describe('resetPasswordAction', () => {
  afterEach(signOut);

  test('lets an admin reset someone else’s password and answers the one-time password', async () => {
    const admin = await createTestUser('ADMIN');
    const target = await createTestUser('FACT_CHECKER');
    await signInAs(admin.email);
    const { oneTimePassword } = dataOf(await submit(resetPasswordAction, { userId: target.id }));
    await expect(verifyCredentials(target.email, oneTimePassword)).resolves.toMatchObject({ id: target.id });
  });

  test.each<Role>(['EDITOR', 'FACT_CHECKER'])('refuses a %s and changes nothing', async (role) => {
    const actor = await createTestUser(role);
    const target = await createTestUser('FACT_CHECKER');
    await signInAs(actor.email);
    await expect(submit(resetPasswordAction, { userId: target.id })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(verifyCredentials(target.email, TEST_PASSWORD)).resolves.toMatchObject({ id: target.id });
  });

  test('refuses a visitor who is not signed in', async () => {
    const target = await createTestUser('FACT_CHECKER');
    await expect(submit(resetPasswordAction, { userId: target.id })).resolves.toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  test('refuses an admin’s own password, with the reason', async () => {
    const admin = await createTestUser('ADMIN');
    await signInAs(admin.email);
    await expect(submit(resetPasswordAction, { userId: admin.id })).resolves.toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Change your own password on your account page.',
    });
  });
});

describe('finishPasswordResetAction and changePasswordAction', () => {
  afterEach(signOut);

  test.each<Role>(['ADMIN', 'EDITOR', 'FACT_CHECKER'])('%s may finish their own reset', async (role) => {
    const user = await createTestUser(role);
    const oneTimePassword = await resetByAdmin(user.id);
    await signInAs(user.email, oneTimePassword);
    await expect(submit(finishPasswordResetAction, { newPassword: CHOSEN, repeatPassword: CHOSEN })).resolves.toMatchObject({ ok: true });
  });

  test.each<Role>(['ADMIN', 'EDITOR', 'FACT_CHECKER'])('%s may change their own password', async (role) => {
    const user = await createTestUser(role);
    await signInAs(user.email);
    await expect(
      submit(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: CHOSEN, repeatPassword: CHOSEN }),
    ).resolves.toMatchObject({ ok: true });
  });

  test('refuses visitors who are not signed in', async () => {
    await expect(submit(finishPasswordResetAction, { newPassword: CHOSEN, repeatPassword: CHOSEN })).resolves.toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    await expect(
      submit(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: CHOSEN, repeatPassword: CHOSEN }),
    ).resolves.toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
