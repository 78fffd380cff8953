import { parseEnv } from '@/lib/config/env';

const DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/factdesk';
const SECRET = 'x'.repeat(32);

describe('parseEnv', () => {
  test('refuses production without NEXTAUTH_SECRET and says how to make one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL })).toThrow(/NEXTAUTH_SECRET is required in production.*openssl rand/s);
  });

  test('accepts production with a secret', () => {
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL, NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  test('names a missing or malformed DATABASE_URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'development' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NODE_ENV: 'development', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgresql/);
  });

  test('rejects a short secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', DATABASE_URL, NEXTAUTH_SECRET: 'short' })).toThrow(/at least 32/);
  });
});
