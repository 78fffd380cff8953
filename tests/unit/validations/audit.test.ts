import { auditLogQuerySchema, encodeAuditCursor, searchParamValues } from '@/lib/validations/audit';

describe('audit log query', () => {
  test('takes one value per name and leaves empty fields out', () => {
    expect(searchParamValues({ actor: 'u1', action: ['a', 'b'], entityId: '  ', from: '', to: undefined })).toEqual({ actor: 'u1', action: 'a' });
  });

  test('reads filters and a cursor', () => {
    const cursor = { createdAt: new Date('2026-12-01T10:00:00.123Z'), id: 'cmx5dz8u6000t047d6jbzh36g' };
    expect(
      auditLogQuerySchema.parse({ actor: 'u1', entityType: 'Claim', entityId: ' c1 ', action: 'claim.accepted', from: '2026-11-01', to: '2026-11-30', before: encodeAuditCursor(cursor) }),
    ).toEqual({ actor: 'u1', entityType: 'Claim', entityId: 'c1', action: 'claim.accepted', from: '2026-11-01', to: '2026-11-30', before: cursor });
  });

  test.each([
    [{ entityType: 'Planet' }, 'entityType', 'validation.invalidChoice'],
    [{ entityId: 'c1' }, 'entityId', 'validation.entityTypeRequired'],
    [{ from: '2026-02-30' }, 'from', 'validation.date'],
    [{ from: '2026-12-02', to: '2026-12-01' }, 'to', 'validation.dateRange'],
    [{ before: '12_x; DROP TABLE' }, 'before', 'validation.invalid'],
    [{ after: 'yesterday' }, 'after', 'validation.invalid'],
  ])('refuses %j', (query, field, message) => {
    const result = auditLogQuerySchema.safeParse(query);
    expect(result.success ? null : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([[field, message]]);
  });
});
