import { ClaimStatus, ClaimType, Locale, Role } from '@/generated/prisma/enums';
import { ROLES } from '@/lib/auth/roles';
import { CLAIM_TYPES } from '@/lib/claims/types';
import { LOCALES } from '@/lib/i18n/locales';
import { CLAIM_STATUSES } from '@/lib/workflow/claim-statuses';

// The pure domain keeps its own lists (it must not import Prisma); the database enums
// must say the same, or a stored value would fail or a cast would lie.
describe('domain lists match the database enums', () => {
  test.each([
    ['roles', ROLES, Role],
    ['locales', LOCALES, Locale],
    ['claim statuses', CLAIM_STATUSES, ClaimStatus],
    ['claim types (upper-cased when stored)', CLAIM_TYPES.map((type) => type.toUpperCase()), ClaimType],
  ] as const)('%s', (_name, domain, database) => {
    expect([...domain].sort()).toEqual(Object.values(database).sort());
  });
});
