jest.mock('next/headers', () => require('../support/request-context').nextHeaders);
jest.mock('next/cache', () => require('../support/request-context').nextCache);
jest.mock('next-intl/server', () => require('../support/request-context').nextIntlServer);

import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { listRatings } from '@/lib/server/ratings/list-ratings';
import { createRatingAction, moveRatingAction, setRatingRetiredAction, updateRatingAction } from '@/app/(desk)/admin/ratings/actions';
import { createTestArticle, createTestUser } from '../support/factories';
import { dataOf, signInAs, signOut, submit } from '../support/request-context';

async function signInAsNew(role: Role) {
  const user = await createTestUser(role);
  await signInAs(user.email);
  return user;
}

async function ratingByKey(key: string) {
  return db.rating.findUniqueOrThrow({ where: { key }, select: { id: true, key: true, labelEn: true, labelDe: true, value: true, position: true, retiredAt: true } });
}

const keys = async (options?: { includeRetired: boolean }) => (await listRatings(options)).map((rating) => rating.key);

afterEach(signOut);

describe('the default scale', () => {
  test('has the seven ratings in order, with values from true down to false and none for unproven', async () => {
    const ratings = await listRatings();
    expect(ratings.map((rating) => [rating.key, rating.labelEn, rating.labelDe, rating.value])).toEqual([
      ['true', 'True', 'Richtig', 6],
      ['mostly-true', 'Mostly true', 'Größtenteils richtig', 5],
      ['missing-context', 'Missing context', 'Fehlender Kontext', 4],
      ['partly-false', 'Partly false', 'Teilweise falsch', 3],
      ['mostly-false', 'Mostly false', 'Größtenteils falsch', 2],
      ['false', 'False', 'Falsch', 1],
      ['unproven', 'Unproven', 'Unbelegt', null],
    ]);
  });
});

describe('createRatingAction', () => {
  test('adds a rating at the end of the scale, with its audit event', async () => {
    const admin = await signInAsNew('ADMIN');
    const key = dataOf(await submit(createRatingAction, { key: 'satire', labelEn: 'Satire', labelDe: 'Satire', value: '' }));
    expect(key).toBe('satire');
    const rating = await ratingByKey('satire');
    expect(rating).toMatchObject({ labelEn: 'Satire', value: null, retiredAt: null });
    expect((await keys()).at(-1)).toBe('satire');
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Rating', entityId: rating.id, action: 'rating.created' } });
    expect(event).toMatchObject({ actorId: admin.id, after: { key: 'satire', labelDe: 'Satire', value: null } });
  });

  test.each([
    ['Mostly False', 'ratingKey', 'Lower-case letters and digits, words joined by hyphens.'],
    ['half--true', 'ratingKey', 'Lower-case letters and digits, words joined by hyphens.'],
    ['true', 'taken', 'A rating with this key already exists.'],
  ])('refuses the key %j (%s)', async (key, _why, message) => {
    await signInAsNew('ADMIN');
    const before = await keys({ includeRetired: true });
    await expect(submit(createRatingAction, { key, labelEn: 'X', labelDe: 'X', value: '1' })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { key: message },
    });
    expect(await keys({ includeRetired: true })).toEqual(before);
  });

  test('requires both names and a whole number or nothing as the value', async () => {
    await signInAsNew('ADMIN');
    await expect(submit(createRatingAction, { key: 'odd', labelEn: ' ', labelDe: '', value: '2.5' })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { labelEn: 'Required.', labelDe: 'Required.', value: 'A whole number from -999 to 999, or nothing.' },
    });
  });
});

describe('updateRatingAction', () => {
  test('renames a rating in both languages and changes its value, recording before and after', async () => {
    const admin = await signInAsNew('ADMIN');
    const rating = await ratingByKey('missing-context');
    dataOf(await submit(updateRatingAction, { ratingId: rating.id, labelEn: 'Lacks context', labelDe: 'Ohne Kontext', value: '3' }));
    expect(await ratingByKey('missing-context')).toMatchObject({ labelEn: 'Lacks context', labelDe: 'Ohne Kontext', value: 3, position: rating.position });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: rating.id, action: 'rating.updated' } });
    expect(event).toMatchObject({
      actorId: admin.id,
      before: { labelEn: 'Missing context', labelDe: 'Fehlender Kontext', value: 4 },
      after: { labelEn: 'Lacks context', labelDe: 'Ohne Kontext', value: 3 },
    });
  });

  test('takes a rating off the truth scale with an empty value', async () => {
    await signInAsNew('ADMIN');
    const rating = await ratingByKey('partly-false');
    dataOf(await submit(updateRatingAction, { ratingId: rating.id, labelEn: rating.labelEn, labelDe: rating.labelDe, value: '' }));
    expect((await ratingByKey('partly-false')).value).toBeNull();
  });

  test('answers NOT_FOUND for an unknown rating', async () => {
    await signInAsNew('ADMIN');
    await expect(submit(updateRatingAction, { ratingId: 'no-such-rating', labelEn: 'A', labelDe: 'B', value: '1' })).resolves.toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});

describe('moveRatingAction', () => {
  test('swaps a rating with its neighbour, both ways, recording the move', async () => {
    await signInAsNew('ADMIN');
    const order = await keys({ includeRetired: true });
    const second = await ratingByKey(order[1] ?? '');
    dataOf(await submit(moveRatingAction, { ratingId: second.id, direction: 'up' }));
    expect((await keys({ includeRetired: true })).slice(0, 2)).toEqual([order[1], order[0]]);
    dataOf(await submit(moveRatingAction, { ratingId: second.id, direction: 'down' }));
    expect(await keys({ includeRetired: true })).toEqual(order);
    expect(await db.auditEvent.count({ where: { entityId: second.id, action: 'rating.moved' } })).toBe(2);
  });

  test('moving the first rating up changes and records nothing', async () => {
    await signInAsNew('ADMIN');
    const order = await keys({ includeRetired: true });
    const first = await ratingByKey(order[0] ?? '');
    dataOf(await submit(moveRatingAction, { ratingId: first.id, direction: 'up' }));
    expect(await keys({ includeRetired: true })).toEqual(order);
    expect(await db.auditEvent.count({ where: { entityId: first.id, action: 'rating.moved' } })).toBe(0);
  });
});

describe('setRatingRetiredAction', () => {
  test('a retired rating stays on its claims and disappears from the choices; brought back, it returns in its place', async () => {
    const admin = await signInAsNew('ADMIN');
    const article = await createTestArticle(admin.id);
    const rating = await ratingByKey('mostly-true');
    const claim = await db.claim.create({
      data: { articleId: article.id, text: 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.', startOffset: 0, endOffset: 10, type: 'QUANTITY', score: 0.9, reasons: [], quantities: [], status: 'APPROVED', ratingId: rating.id },
      select: { id: true },
    });
    const order = await keys();

    dataOf(await submit(setRatingRetiredAction, { ratingId: rating.id, retired: 'true' }));
    expect(await keys()).not.toContain('mostly-true');
    expect(await keys({ includeRetired: true })).toContain('mostly-true');
    const kept = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { rating: { select: { key: true, retiredAt: true } } } });
    expect(kept.rating).toMatchObject({ key: 'mostly-true', retiredAt: expect.any(Date) });

    dataOf(await submit(setRatingRetiredAction, { ratingId: rating.id, retired: 'false' }));
    expect(await keys()).toEqual(order);
    const actions = await db.auditEvent.findMany({ where: { entityId: rating.id, action: { startsWith: 'rating.re' } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } });
    expect(actions).toEqual([
      { action: 'rating.retired', actorId: admin.id },
      { action: 'rating.restored', actorId: admin.id },
    ]);
  });

  test('refuses to retire the last rating in use', async () => {
    await signInAsNew('ADMIN');
    const inUse = await listRatings();
    const [last, ...others] = inUse;
    await db.rating.updateMany({ where: { id: { in: others.map((rating) => rating.id) } }, data: { retiredAt: new Date() } });
    try {
      await expect(submit(setRatingRetiredAction, { ratingId: last?.id ?? '', retired: 'true' })).resolves.toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: 'The scale needs at least one rating in use. Add or bring back another one first.',
      });
      expect(await keys()).toEqual([last?.key]);
    } finally {
      await db.rating.updateMany({ where: { id: { in: others.map((rating) => rating.id) } }, data: { retiredAt: null } });
    }
  });
});

describe('who may change the scale', () => {
  /** One of each change to the scale, all at once. */
  const tryEveryChange = (ratingId: string) =>
    Promise.all([
      submit(createRatingAction, { key: 'sneaky', labelEn: 'Sneaky', labelDe: 'Heimlich', value: '' }),
      submit(updateRatingAction, { ratingId, labelEn: 'Fine', labelDe: 'Gut', value: '6' }),
      submit(moveRatingAction, { ratingId, direction: 'up' }),
      submit(setRatingRetiredAction, { ratingId, retired: 'true' }),
    ]);

  test.each<Role>(['EDITOR', 'FACT_CHECKER'])('refuses every change by a %s and changes nothing', async (role) => {
    await signInAsNew(role);
    const rating = await ratingByKey('false');
    const before = await listRatings({ includeRetired: true });
    const results = await tryEveryChange(rating.id);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await listRatings({ includeRetired: true })).toEqual(before);
  });

  test('refuses visitors who are not signed in', async () => {
    const rating = await ratingByKey('false');
    const results = await tryEveryChange(rating.id);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
