import { db } from '@/lib/db';
import { findSessionUser } from '@/lib/server/users/find-session-user';
import { updateUserAccess } from '@/lib/server/users/update-user-access';
import { createTestUser } from '../support/factories';

// Each test starts from a newsroom whose only active admins are the ones it creates.
beforeEach(async () => {
  await db.user.updateMany({ where: { role: 'ADMIN' }, data: { active: false } });
});

describe('updateUserAccess', () => {
  test('changes a role and records before and after in the audit trail', async () => {
    const admin = await createTestUser('ADMIN');
    const checker = await createTestUser('FACT_CHECKER');
    const updated = await updateUserAccess(checker.id, { role: 'EDITOR' }, admin.id);
    expect(updated.role).toBe('EDITOR');
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: checker.id, action: 'user.role-changed' } });
    expect(event).toMatchObject({
      actorId: admin.id,
      before: { role: 'FACT_CHECKER', active: true },
      after: { role: 'EDITOR', active: true },
    });
  });

  test('deactivation ends the session the user already holds', async () => {
    const admin = await createTestUser('ADMIN');
    const checker = await createTestUser('FACT_CHECKER');
    expect(await findSessionUser(checker.id)).not.toBeNull();
    await updateUserAccess(checker.id, { active: false }, admin.id);
    // Every request resolves its session through findSessionUser.
    expect(await findSessionUser(checker.id)).toBeNull();
  });

  test('refuses to demote or deactivate the last active admin, and changes nothing', async () => {
    const admin = await createTestUser('ADMIN');
    await expect(updateUserAccess(admin.id, { role: 'EDITOR' }, admin.id)).rejects.toMatchObject({ reason: 'LAST_ADMIN' });
    await expect(updateUserAccess(admin.id, { active: false }, admin.id)).rejects.toMatchObject({ reason: 'LAST_ADMIN' });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'ADMIN', active: true });
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: { not: 'user.created' } } })).toBe(0);
  });

  test('lets one of two admins step down', async () => {
    const first = await createTestUser('ADMIN');
    const second = await createTestUser('ADMIN');
    await expect(updateUserAccess(first.id, { role: 'EDITOR' }, second.id)).resolves.toMatchObject({ role: 'EDITOR' });
  });

  test('two admins demoting each other at once leave at least one admin', async () => {
    const first = await createTestUser('ADMIN');
    const second = await createTestUser('ADMIN');
    const results = await Promise.allSettled([
      updateUserAccess(first.id, { role: 'EDITOR' }, second.id),
      updateUserAccess(second.id, { role: 'EDITOR' }, first.id),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled').length).toBeLessThanOrEqual(1);
    expect(await db.user.count({ where: { role: 'ADMIN', active: true, id: { in: [first.id, second.id] } } })).toBe(1);
  });

  test('answers NOT_FOUND for an unknown user', async () => {
    const admin = await createTestUser('ADMIN');
    await expect(updateUserAccess('no-such-user', { active: false }, admin.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
