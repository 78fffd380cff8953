import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS, signInBlockedUntil } from '@/lib/auth/sign-in-throttle';

const NOW = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const failure = (minutes: number) => ({ succeeded: false, createdAt: minutesAgo(minutes) });
const success = (minutes: number) => ({ succeeded: true, createdAt: minutesAgo(minutes) });

describe('signInBlockedUntil', () => {
  test('allows attempts below the limit', () => {
    expect(signInBlockedUntil([failure(1), failure(2), failure(3), failure(4)], NOW)).toBeNull();
  });

  test('blocks at five failures within fifteen minutes, until the oldest leaves the window', () => {
    const attempts = [failure(10), failure(8), failure(6), failure(4), failure(2)];
    expect(attempts).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(signInBlockedUntil(attempts, NOW)).toEqual(new Date(minutesAgo(10).getTime() + SIGN_IN_WINDOW_MS));
  });

  test('ignores failures older than the window', () => {
    expect(signInBlockedUntil([failure(20), failure(16), failure(4), failure(3), failure(2)], NOW)).toBeNull();
  });

  test('a success resets the count', () => {
    expect(signInBlockedUntil([failure(9), failure(8), failure(7), success(6), failure(5), failure(4)], NOW)).toBeNull();
  });

  test('counts failures in time order whatever order they arrive in', () => {
    expect(signInBlockedUntil([failure(2), success(12), failure(4), failure(10), failure(6), failure(8)], NOW)).not.toBeNull();
  });
});
