import { removesLastActiveAdmin } from '@/lib/auth/last-admin-rule';

const admin = { role: 'ADMIN', active: true } as const;

describe('removesLastActiveAdmin', () => {
  test.each([
    ['demoting the only active admin', admin, { role: 'EDITOR', active: true }, 0, true],
    ['deactivating the only active admin', admin, { role: 'ADMIN', active: false }, 0, true],
    ['demoting an admin when another is active', admin, { role: 'EDITOR', active: true }, 1, false],
    ['keeping the only admin an admin', admin, admin, 0, false],
    ['deactivating an editor', { role: 'EDITOR', active: true }, { role: 'EDITOR', active: false }, 0, false],
    ['reactivating a deactivated admin', { role: 'ADMIN', active: false }, admin, 0, false],
  ] as const)('%s: %s', (_case, before, after, others, expected) => {
    expect(removesLastActiveAdmin(before, after, others)).toBe(expected);
  });
});
