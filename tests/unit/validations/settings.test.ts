import { zodFieldErrors } from '@/lib/errors/zod-field-errors';
import { newsroomSettingsSchema } from '@/lib/validations/settings';

const VALID = {
  organisationName: 'Factdesk',
  organisationUrl: '',
  logoUrl: '',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('newsroomSettingsSchema', () => {
  test('reads the form: a ticked box, trimmed name, empty addresses as none, the loaded time', () => {
    expect(newsroomSettingsSchema.parse({ ...VALID, crossCheckEnabled: 'true', organisationName: '  Nordcheck ' })).toEqual({
      crossCheckEnabled: true,
      organisationName: 'Nordcheck',
      organisationUrl: null,
      logoUrl: null,
      updatedAt: new Date('2026-12-01T10:00:00.000Z'),
    });
  });

  test('an unticked box, which sends nothing, turns the step off', () => {
    expect(newsroomSettingsSchema.parse(VALID).crossCheckEnabled).toBe(false);
  });

  test.each([
    ['https://nordcheck.example/', true],
    ['http://nordcheck.example/logo.png', true],
    ['  https://nordcheck.example  ', true],
    ['javascript:alert(document.cookie)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://nordcheck.example/', false],
    ['//nordcheck.example/', false],
    ['nordcheck.example', false],
    [`https://nordcheck.example/${'a'.repeat(2000)}`, false],
  ])('accepts %j as an address: %s', (address, accepted) => {
    for (const field of ['organisationUrl', 'logoUrl']) {
      expect(newsroomSettingsSchema.safeParse({ ...VALID, [field]: address }).success).toBe(accepted);
    }
  });

  test('names each invalid field with a catalog key', () => {
    const result = newsroomSettingsSchema.safeParse({ crossCheckEnabled: 'false', organisationName: ' ', organisationUrl: 'x', logoUrl: 'javascript:x', updatedAt: 'yesterday' });
    const keys = result.success ? {} : Object.fromEntries(Object.entries(zodFieldErrors(result.error)).map(([field, { key }]) => [field, key]));
    expect(keys).toEqual({
      crossCheckEnabled: 'validation.invalidChoice',
      organisationName: 'validation.required',
      organisationUrl: 'validation.url',
      logoUrl: 'validation.url',
      updatedAt: 'validation.invalid',
    });
  });
});
