import { archiveSearchSchema } from '@/lib/validations/search';

describe('archiveSearchSchema', () => {
  test.each([
    [{ q: '  Kasachstan  ' }, { q: 'Kasachstan', page: 1 }],
    [{ q: '2 Millionen', page: '3' }, { q: '2 Millionen', page: 3 }],
  ])('accepts %j', (input, expected) => {
    expect(archiveSearchSchema.parse(input)).toEqual(expected);
  });

  test.each([
    [{}, 'q', 'validation.required'],
    [{ q: '   ' }, 'q', 'validation.required'],
    [{ q: 'x'.repeat(301) }, 'q', 'validation.tooLong'],
    [{ q: 'x', page: '0' }, 'page', 'validation.invalid'],
    [{ q: 'x', page: '51' }, 'page', 'validation.invalid'],
    [{ q: 'x', page: '1.5' }, 'page', 'validation.invalid'],
  ])('refuses %j with a message for %s', (input, field, message) => {
    const result = archiveSearchSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});
