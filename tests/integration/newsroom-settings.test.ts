jest.mock('next/headers', () => require('../support/request-context').nextHeaders);
jest.mock('next/cache', () => require('../support/request-context').nextCache);
jest.mock('next-intl/server', () => require('../support/request-context').nextIntlServer);

import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { findNewsroomSettings } from '@/lib/server/settings/find-newsroom-settings';
import { updateNewsroomSettingsAction } from '@/app/(desk)/admin/settings/actions';
import { createTestUser } from '../support/factories';
import { dataOf, revalidatedPaths, signInAs, signOut, submit } from '../support/request-context';

async function form(overrides: Record<string, string | undefined> = {}): Promise<Record<string, string | undefined>> {
  const current = await findNewsroomSettings();
  // As the browser sends it: an unticked box sends nothing.
  return {
    ...(current.crossCheckEnabled && { crossCheckEnabled: 'true' }),
    organisationName: current.organisationName,
    organisationUrl: current.organisationUrl ?? '',
    logoUrl: current.logoUrl ?? '',
    updatedAt: current.updatedAt.toISOString(),
    ...overrides,
  };
}

async function signInAsNew(role: Role) {
  const user = await createTestUser(role);
  await signInAs(user.email);
  return user;
}

afterEach(signOut);

describe('updateNewsroomSettingsAction', () => {
  test('an admin turns the cross-check step on; the change and its audit event are saved together', async () => {
    const admin = await signInAsNew('ADMIN');
    const before = await findNewsroomSettings();
    dataOf(await submit(updateNewsroomSettingsAction, await form({ crossCheckEnabled: 'true' })));

    expect(await findNewsroomSettings()).toMatchObject({ crossCheckEnabled: true, organisationName: before.organisationName });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'NewsroomSettings', action: 'settings.updated' }, orderBy: { createdAt: 'desc' } });
    expect(event).toMatchObject({
      actorId: admin.id,
      entityId: '1',
      before: { crossCheckEnabled: before.crossCheckEnabled },
      after: { crossCheckEnabled: true },
    });
    expect(revalidatedPaths).toContain('/admin/settings');

    dataOf(await submit(updateNewsroomSettingsAction, await form({ crossCheckEnabled: undefined })));
    expect((await findNewsroomSettings()).crossCheckEnabled).toBe(false);
  });

  test('saves the organisation’s name, website and logo; empty addresses become none', async () => {
    await signInAsNew('ADMIN');
    dataOf(
      await submit(
        updateNewsroomSettingsAction,
        await form({ organisationName: '  Faktenbüro Nord ', organisationUrl: 'https://faktenbuero.example/', logoUrl: 'http://cdn.example/logo.svg' }),
      ),
    );
    expect(await findNewsroomSettings()).toMatchObject({
      organisationName: 'Faktenbüro Nord',
      organisationUrl: 'https://faktenbuero.example/',
      logoUrl: 'http://cdn.example/logo.svg',
    });
    dataOf(await submit(updateNewsroomSettingsAction, await form({ organisationUrl: '', logoUrl: '' })));
    expect(await findNewsroomSettings()).toMatchObject({ organisationUrl: null, logoUrl: null });
  });

  test.each([
    ['javascript:alert(1)', 'organisationUrl'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'logoUrl'],
    ['ftp://files.example/logo.png', 'logoUrl'],
    ['faktenbuero.example', 'organisationUrl'],
  ])('refuses %s as an address and changes nothing', async (address, field) => {
    await signInAsNew('ADMIN');
    const before = await findNewsroomSettings();
    const result = await submit(updateNewsroomSettingsAction, await form({ [field]: address }));
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { [field]: 'Enter a full web address starting with http:// or https://.' },
    });
    expect(await findNewsroomSettings()).toEqual(before);
  });

  test('requires the organisation’s name', async () => {
    await signInAsNew('ADMIN');
    await expect(submit(updateNewsroomSettingsAction, await form({ organisationName: '   ' }))).resolves.toMatchObject({
      ok: false,
      fieldErrors: { organisationName: 'Required.' },
    });
  });

  test('refuses a save over another admin’s newer one, and keeps theirs', async () => {
    await signInAsNew('ADMIN');
    const stale = await form({ organisationName: 'Mine' });
    dataOf(await submit(updateNewsroomSettingsAction, await form({ organisationName: 'Theirs' })));
    await expect(submit(updateNewsroomSettingsAction, stale)).resolves.toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await findNewsroomSettings()).organisationName).toBe('Theirs');
  });

  test.each<Role>(['EDITOR', 'FACT_CHECKER'])('refuses a %s and changes nothing', async (role) => {
    await signInAsNew(role);
    const before = await findNewsroomSettings();
    await expect(submit(updateNewsroomSettingsAction, await form({ crossCheckEnabled: before.crossCheckEnabled ? undefined : 'true' }))).resolves.toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await findNewsroomSettings()).toEqual(before);
  });

  test('refuses a visitor who is not signed in', async () => {
    await expect(submit(updateNewsroomSettingsAction, await form())).resolves.toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
