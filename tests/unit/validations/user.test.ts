import { changePasswordSchema, createUserSchema, finishPasswordResetSchema, signInSchema } from '@/lib/validations/user';
import { zodFieldErrors } from '@/lib/errors/zod-field-errors';

describe('user input schemas', () => {
  test('lower-cases and trims emails so that they compare case-insensitively', () => {
    const parsed = signInSchema.parse({ email: '  Eva.Editor@Factdesk.EXAMPLE ', password: 'x' });
    expect(parsed.email).toBe('eva.editor@factdesk.example');
  });

  test('names each invalid field with a catalog key', () => {
    const result = createUserSchema.safeParse({ email: 'not-an-email', name: '', role: 'OWNER', password: 'short' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodFieldErrors(result.error)).toEqual({
      email: { key: 'validation.email' },
      name: { key: 'validation.required', values: { limit: 1 } },
      role: { key: 'validation.invalidChoice' },
      password: { key: 'validation.passwordTooShort', values: { limit: 12 } },
    });
  });
});

describe('password schemas', () => {
  test.each([
    ['a long password repeated', { newPassword: 'a long enough one', repeatPassword: 'a long enough one' }, null],
    ['a short one', { newPassword: 'short', repeatPassword: 'short' }, { newPassword: 'validation.passwordTooShort' }],
    ['a different repetition', { newPassword: 'a long enough one', repeatPassword: 'a long enough two' }, { repeatPassword: 'validation.passwordsDiffer' }],
  ])('finishing a reset: %s', (_case, input, errors) => {
    const result = finishPasswordResetSchema.safeParse(input);
    const keys = result.success ? null : Object.fromEntries(Object.entries(zodFieldErrors(result.error)).map(([field, { key }]) => [field, key]));
    expect(keys).toEqual(errors);
  });

  test('changing one’s password asks for the current one as well', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'a long enough one', repeatPassword: 'a long enough one' });
    expect(result.success ? {} : zodFieldErrors(result.error)).toMatchObject({ currentPassword: { key: 'validation.required' } });
  });
});
