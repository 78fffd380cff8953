jest.mock('next/cache', () => require('../support/action-env').nextCache);
jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);
jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));

import { markNotificationsReadAction } from '@/app/(desk)/notifications/actions';
import { db } from '@/lib/db';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { findSessionUser } from '@/lib/server/users/find-session-user';
import { actAs } from '../support/acting-user';
import { form } from '../support/action-env';
import { createTestClaim } from '../support/claim-factories';
import { createTestArticle, createTestUser } from '../support/factories';

/** What the header shows: the count comes with the session lookup. */
async function unreadCount(userId: string): Promise<number | undefined> {
  return (await findSessionUser(userId))?.unreadNotifications;
}

async function notifyTwice(recipientId: string, actorId: string, claimId: string) {
  await db.notification.createMany({
    data: [
      { recipientId, actorId, claimId, kind: 'ASSIGNED' },
      { recipientId, actorId, claimId, kind: 'MENTIONED', details: { note: 'Schau mal' } },
    ],
  });
}

describe('notifications', () => {
  test.each(['ADMIN', 'EDITOR', 'FACT_CHECKER'] as const)('a %s marks their own notifications read, one or all, and never anyone else’s', async (role) => {
    const me = await createTestUser(role);
    const someoneElse = await createTestUser('FACT_CHECKER');
    const editor = await createTestUser('EDITOR');
    const claim = await createTestClaim((await createTestArticle(editor.id)).id);
    await notifyTwice(me.id, editor.id, claim.id);
    await notifyTwice(someoneElse.id, editor.id, claim.id);
    const [first] = (await listNotifications(me.id)).notifications;
    const theirs = await db.notification.findFirstOrThrow({ where: { recipientId: someoneElse.id } });

    actAs(me);
    expect(await markNotificationsReadAction(null, form({ 'ids[]': [first?.id ?? '', theirs.id] }))).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await unreadCount(me.id)).toBe(1);
    expect(await unreadCount(someoneElse.id)).toBe(2);

    expect(await markNotificationsReadAction(null, form({}))).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await unreadCount(me.id)).toBe(0);
    expect(await unreadCount(someoneElse.id)).toBe(2);
  });

  test('a stranger is refused', async () => {
    actAs(null);
    expect(await markNotificationsReadAction(null, form({}))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  test('the list is newest first, with the claim and its article', async () => {
    const me = await createTestUser('FACT_CHECKER');
    const editor = await createTestUser('EDITOR');
    const claim = await createTestClaim((await createTestArticle(editor.id)).id);
    await db.notification.create({ data: { recipientId: me.id, actorId: editor.id, claimId: claim.id, kind: 'RETURNED', createdAt: new Date(Date.now() - 60_000) } });
    await db.notification.create({ data: { recipientId: me.id, actorId: editor.id, claimId: claim.id, kind: 'APPROVED' } });
    const { notifications, total } = await listNotifications(me.id);
    expect(total).toBe(2);
    expect(notifications.map((notification) => notification.kind)).toEqual(['APPROVED', 'RETURNED']);
    expect(notifications[0]).toMatchObject({ actor: { name: editor.name }, claim: { id: claim.id, article: { title: 'Testartikel' } } });
  });
});
