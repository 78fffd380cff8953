import { db } from '@/lib/db';
import { listRatings } from '@/lib/server/ratings/list-ratings';
import { findDeskReference } from '@/lib/server/settings/find-desk-reference';
import { findNewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { createTestUser } from '../support/factories';

// The desk reads settings, ratings and active users in one raw query: it must read what their
// Prisma readers read, value for value and type for type (dates as dates), or the pages drift.
test('the one-query desk reference reads what the settings, rating and user readers read', async () => {
  await db.newsroomSettings.update({ where: { id: 1 }, data: { organisationName: 'Prüfstelle „Nord“', organisationUrl: 'https://nord.example/' } });
  await db.rating.update({ where: { key: 'unproven' }, data: { retiredAt: new Date('2026-03-04T05:06:07.089Z') } });
  const active = await createTestUser('FACT_CHECKER', { name: 'Ärger, Änne' });
  const gone = await createTestUser('EDITOR', { name: 'Aaron Ausgeschieden' });
  await db.user.update({ where: { id: gone.id }, data: { active: false } });

  const reference = await findDeskReference();

  expect(reference.settings).toEqual(await findNewsroomSettings());
  expect(reference.settings.updatedAt).toBeInstanceOf(Date);
  expect(reference.ratings).toEqual(await listRatings({ includeRetired: true }));
  expect(reference.ratings.find((rating) => rating.key === 'unproven')?.retiredAt).toEqual(new Date('2026-03-04T05:06:07.089Z'));
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true, role: true } });
  expect(reference.activeUsers).toEqual(expect.arrayContaining(users));
  expect(reference.activeUsers).toHaveLength(users.length);
  expect(reference.activeUsers.map((user) => user.id)).toContain(active.id);
  expect(reference.activeUsers.map((user) => user.id)).not.toContain(gone.id);
});
