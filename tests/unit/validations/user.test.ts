import { createUserSchema, signInSchema } from '@/lib/validations/user';
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
