import { auditHref } from '@/components/admin/audit-href';

describe('auditHref', () => {
  test.each<[Record<string, string>, Record<string, string | undefined>, string]>([
    [{}, {}, '/admin/audit'],
    [{}, { actor: 'u1' }, '/admin/audit?actor=u1'],
    [{ actor: 'u1', before: 'c1' }, { action: 'claim.accepted' }, '/admin/audit?actor=u1&action=claim.accepted'],
    [{ actor: 'u1', before: 'c1' }, { actor: undefined }, '/admin/audit'],
    [{ actor: 'u1' }, { before: 'c2', after: undefined }, '/admin/audit?actor=u1&before=c2'],
    [{ actor: 'u1', before: 'c2' }, { after: 'c3', before: undefined }, '/admin/audit?actor=u1&after=c3'],
    [{}, { entityType: 'Claim', entityId: 'a&b=c' }, '/admin/audit?entityType=Claim&entityId=a%26b%3Dc'],
  ])('%j changed by %j is %s', (current, changes, expected) => {
    expect(auditHref(current, changes)).toBe(expected);
  });
});
