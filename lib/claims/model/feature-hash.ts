/**
 * Feature names hashed into a fixed number of slots (the "hashing trick"): the model needs no
 * vocabulary, and a word it never saw in training simply lands on a slot of small weight.
 */

/** 32-bit FNV-1a of a string, with a seed so that the kinds of feature hash apart. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (a word pair from its two words' hashes). */
export function mixHashes(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12) ^ b, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Seeds of the kinds of hashed feature. */
export const SEED = { word: 1, pair: 2, prefix: 3, suffix: 4, gram: 5, text: 6 } as const;
