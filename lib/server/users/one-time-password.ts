import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: the admin reads it out or types it into a message.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 5;
const GROUP_LENGTH = 4;

/** About 99 bits of randomness in five groups of four, e.g. "k7mq-2xpa-…": one person types it once. */
export function generateOneTimePassword(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}
