import { db } from '@/lib/db';
import { endOfDay, startOfDay } from '@/lib/audit/zoned-day';
import { listAuditEvents, type AuditFilter } from '@/lib/server/audit/list-audit-events';
import { auditLogQuerySchema, encodeAuditCursor } from '@/lib/validations/audit';
import { createTestUser } from '../support/factories';

// Events of their own, long before anything the factories record, so the filters see only these.
const YEAR = '2001';
const IN_YEAR: AuditFilter = { from: new Date(`${YEAR}-01-01T00:00:00Z`), to: new Date(`${Number(YEAR) + 1}-01-01T00:00:00Z`) };

let alex: { id: string; name: string };
let bo: { id: string; name: string };

beforeAll(async () => {
  alex = await createTestUser('ADMIN', { name: 'Alex' });
  bo = await createTestUser('EDITOR', { name: 'Bo' });
  const at = (iso: string) => new Date(`${YEAR}-${iso}`);
  await db.auditEvent.createMany({
    data: [
      { id: 'ev01', actorId: alex.id, entityType: 'User', entityId: bo.id, action: 'user.password-reset', createdAt: at('03-01T10:00:00Z') },
      { id: 'ev02', actorId: bo.id, entityType: 'Claim', entityId: 'claim-1', action: 'claim.accepted', createdAt: at('03-02T10:00:00Z') },
      { id: 'ev03', actorId: bo.id, entityType: 'Claim', entityId: 'claim-2', action: 'claim.accepted', createdAt: at('03-02T10:00:00Z') },
      { id: 'ev04', actorId: alex.id, entityType: 'Rating', entityId: 'rating-true', action: 'rating.updated', createdAt: at('03-24T22:30:00Z'), before: { labelEn: 'True' }, after: { labelEn: 'Correct' } },
      { id: 'ev05', actorId: null, entityType: 'Claim', entityId: 'claim-1', action: 'claim.assigned', createdAt: at('03-24T23:30:00Z') },
      { id: 'ev06', actorId: bo.id, entityType: 'Claim', entityId: 'claim-1', action: 'claim.approved', createdAt: at('04-01T08:00:00Z') },
      { id: 'ev07', actorId: alex.id, entityType: 'NewsroomSettings', entityId: '1', action: 'settings.updated', createdAt: at('04-02T08:00:00Z') },
    ],
  });
});

const ids = async (filter: AuditFilter) => (await listAuditEvents({ ...IN_YEAR, ...filter })).events.map((event) => event.id);

describe('listAuditEvents', () => {
  test('lists every event, newest first, ties in time by id, with the actor’s name', async () => {
    const page = await listAuditEvents(IN_YEAR);
    expect(page.events.map((event) => event.id)).toEqual(['ev07', 'ev06', 'ev05', 'ev04', 'ev03', 'ev02', 'ev01']);
    expect(page.events[0]).toMatchObject({ actor: { id: alex.id, name: 'Alex' }, entityType: 'NewsroomSettings', action: 'settings.updated' });
    expect(page.events.find((event) => event.id === 'ev05')?.actor).toBeNull();
    expect(page.events.find((event) => event.id === 'ev04')).toMatchObject({ before: { labelEn: 'True' }, after: { labelEn: 'Correct' } });
    expect(page).toMatchObject({ newer: null, older: null });
  });

  // Functions, because the people exist only once beforeAll has run.
  test.each<[string, () => AuditFilter, string[]]>([
    ['a person', () => ({ actorId: bo.id }), ['ev06', 'ev03', 'ev02']],
    ['an entity type', () => ({ entityType: 'Claim' }), ['ev06', 'ev05', 'ev03', 'ev02']],
    ['one entity', () => ({ entityType: 'Claim', entityId: 'claim-1' }), ['ev06', 'ev05', 'ev02']],
    ['an action', () => ({ action: 'claim.accepted' }), ['ev03', 'ev02']],
    ['a person and an action', () => ({ actorId: alex.id, action: 'rating.updated' }), ['ev04']],
    ['an action nobody took', () => ({ action: 'claim.merged' }), []],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await ids(filter())).toEqual(expected);
  });

  test('filters by whole days in the newsroom’s time zone', async () => {
    // 22:30 UTC on 24 March is still the 24th in Berlin; 23:30 UTC is already the 25th there.
    const berlin = 'Europe/Berlin';
    expect(await ids({ from: startOfDay(`${YEAR}-03-25`, berlin), to: endOfDay(`${YEAR}-04-01`, berlin) })).toEqual(['ev06', 'ev05']);
    expect(await ids({ from: startOfDay(`${YEAR}-03-24`, 'UTC'), to: endOfDay(`${YEAR}-03-24`, 'UTC') })).toEqual(['ev05', 'ev04']);
  });

  test('pages through older events and back to newer ones without gaps or repeats', async () => {
    const first = await listAuditEvents(IN_YEAR, { size: 3 });
    expect(first.events.map((event) => event.id)).toEqual(['ev07', 'ev06', 'ev05']);
    expect(first.newer).toBeNull();
    const second = await listAuditEvents(IN_YEAR, { size: 3, before: first.older ?? undefined });
    expect(second.events.map((event) => event.id)).toEqual(['ev04', 'ev03', 'ev02']);
    const third = await listAuditEvents(IN_YEAR, { size: 3, before: second.older ?? undefined });
    expect(third.events.map((event) => event.id)).toEqual(['ev01']);
    expect(third.older).toBeNull();

    const backToSecond = await listAuditEvents(IN_YEAR, { size: 3, after: third.newer ?? undefined });
    expect(backToSecond.events.map((event) => event.id)).toEqual(['ev04', 'ev03', 'ev02']);
    const backToFirst = await listAuditEvents(IN_YEAR, { size: 3, after: backToSecond.newer ?? undefined });
    expect(backToFirst.events.map((event) => event.id)).toEqual(['ev07', 'ev06', 'ev05']);
    expect(backToFirst.newer).toBeNull();
  });

  test('pages within a filter', async () => {
    const first = await listAuditEvents({ ...IN_YEAR, entityType: 'Claim' }, { size: 2 });
    const second = await listAuditEvents({ ...IN_YEAR, entityType: 'Claim' }, { size: 2, before: first.older ?? undefined });
    expect([...first.events, ...second.events].map((event) => event.id)).toEqual(['ev06', 'ev05', 'ev03', 'ev02']);
    expect(second.older).toBeNull();
  });

  test('a cursor from the URL lands where the page left off', async () => {
    const first = await listAuditEvents(IN_YEAR, { size: 2 });
    const parsed = auditLogQuerySchema.parse({ before: encodeAuditCursor(first.older ?? { createdAt: new Date(0), id: 'x' }) });
    expect((await listAuditEvents(IN_YEAR, { size: 2, before: parsed.before })).events.map((event) => event.id)).toEqual(['ev05', 'ev04']);
  });
});
