import { navigationFor } from '@/lib/auth/navigation';

describe('navigationFor', () => {
  test.each([
    ['ADMIN', ['articles', 'claims', 'review', 'reports', 'admin']],
    ['EDITOR', ['articles', 'claims', 'review', 'reports']],
    ['FACT_CHECKER', ['articles', 'myClaims']],
  ] as const)('shows %s exactly %j', (role, labels) => {
    expect(navigationFor(role).map((item) => item.label)).toEqual(labels);
  });
});
