import { generateOneTimePassword } from '@/lib/server/users/one-time-password';
import { passwordSchema } from '@/lib/validations/user';

describe('generateOneTimePassword', () => {
  const samples = Array.from({ length: 200 }, generateOneTimePassword);

  test('is five groups of four characters that cannot be mistaken for one another', () => {
    for (const password of samples) expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){4}$/);
  });

  test('is long enough to be a password', () => {
    for (const password of samples) expect(passwordSchema.safeParse(password).success).toBe(true);
  });

  test('does not repeat', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });
});
