import { db } from '@/lib/db';
import { AppError } from '@/lib/errors/app-error';
import { createUser } from '@/lib/server/users/create-user';
import { emailSchema } from '@/lib/validations/user';
import { TEST_PASSWORD, uniqueEmail } from '../support/factories';

describe('createUser', () => {
  test('stores an argon2id hash, never the password, and records who created the account', async () => {
    const admin = await createUser({ email: uniqueEmail(), name: 'Admin', role: 'ADMIN', password: TEST_PASSWORD }, null);
    const user = await createUser({ email: uniqueEmail(), name: 'Clara', role: 'FACT_CHECKER', password: TEST_PASSWORD }, admin.id);

    expect(user).not.toHaveProperty('passwordHash');
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);

    const events = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events).toEqual([expect.objectContaining({ actorId: admin.id, action: 'user.created' })]);
  });

  test('rejects an email that differs only in case, and writes nothing', async () => {
    const email = uniqueEmail('case');
    await createUser({ email: emailSchema.parse(email), name: 'First', role: 'EDITOR', password: TEST_PASSWORD }, null);
    const auditBefore = await db.auditEvent.count();

    const duplicate = createUser(
      { email: emailSchema.parse(email.toUpperCase()), name: 'Second', role: 'EDITOR', password: TEST_PASSWORD },
      null,
    );
    await expect(duplicate).rejects.toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    await expect(duplicate).rejects.toBeInstanceOf(AppError);
    expect(await db.user.count({ where: { name: 'Second' } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });
});
