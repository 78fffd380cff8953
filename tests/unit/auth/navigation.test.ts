import { adminNavigationFor, navigationFor } from '@/lib/auth/navigation';

describe('navigationFor', () => {
  test.each([
    ['ADMIN', ['articles', 'claims', 'myClaims', 'review', 'reports', 'admin']],
    ['EDITOR', ['articles', 'claims', 'review', 'reports']],
    ['FACT_CHECKER', ['articles', 'claims', 'myClaims']],
  ] as const)('shows %s exactly %j', (role, labels) => {
    expect(navigationFor(role).map((item) => item.label)).toEqual(labels);
  });
});

describe('adminNavigationFor', () => {
  test.each([
    ['ADMIN', ['users', 'audit', 'settings', 'ratings', 'factchecks']],
    ['EDITOR', []],
    ['FACT_CHECKER', []],
  ] as const)('shows %s exactly %j', (role, labels) => {
    expect(adminNavigationFor(role).map((item) => item.label)).toEqual(labels);
  });
});
