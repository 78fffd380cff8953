import { ByteLru } from '@/lib/front-cache/byte-lru';

const entry = (value: string, tag = 'r', expiresAt = 1000) => ({ value, size: value.length, tag, expiresAt });

function filled(maxBytes = 10) {
  const lru = new ByteLru<string>({ maxBytes, maxEntryBytes: 6 });
  return lru;
}

describe('ByteLru', () => {
  test('keeps and returns an entry until it expires, then forgets it and its bytes', () => {
    const lru = filled();
    expect(lru.set('a', entry('1234', 'r', 100), lru.generation)).toBe(true);
    expect([lru.get('a', 99), lru.bytes]).toEqual(['1234', 4]);
    expect([lru.get('a', 100), lru.bytes, lru.size]).toEqual([undefined, 0, 0]);
  });

  test.each<[string, Array<[string, string]>, string[], string[], number]>([
    ['evicts the least recently stored past the byte bound', [['a', '1234'], ['b', '1234'], ['c', '1234']], [], ['b', 'c'], 8],
    ['a read makes an entry recent', [['a', '1234'], ['b', '1234'], ['c', '1234']], ['a'], ['a', 'c'], 8],
    ['replacing an entry counts its bytes once', [['a', '1234'], ['a', '12'], ['b', '1234']], [], ['a', 'b'], 6],
    ['refuses an entry over the entry bound', [['a', '1234567']], [], [], 0],
  ])('%s', (_name, writes, readsBetween, kept, bytes) => {
    const lru = filled();
    writes.forEach(([key, value], index) => {
      lru.set(key, entry(value), lru.generation);
      if (index === 1) for (const key of readsBetween) lru.get(key, 0);
    });
    expect(['a', 'b', 'c'].filter((key) => lru.get(key, 0) !== undefined)).toEqual(kept);
    expect(lru.bytes).toBe(bytes);
  });

  test('drops one tag’s entries and keeps the others', () => {
    const lru = filled(100);
    lru.set('page', entry('1', 'one'), lru.generation);
    lru.set('json', entry('2', 'one'), lru.generation);
    lru.set('other', entry('3', 'two'), lru.generation);
    lru.dropTag('one');
    expect([lru.get('page', 0), lru.get('json', 0), lru.get('other', 0), lru.bytes]).toEqual([undefined, undefined, '3', 1]);
  });

  test.each<[string, (lru: ByteLru<string>) => void]>([
    ['a tag was dropped', (lru) => lru.dropTag('other')],
    ['the cache was cleared', (lru) => lru.clear()],
  ])('refuses a value begun before %s (it may predate a publication)', (_name, drop) => {
    const lru = filled();
    const generation = lru.generation;
    drop(lru);
    expect(lru.set('a', entry('old'), generation)).toBe(false);
    expect(lru.set('a', entry('new'), lru.generation)).toBe(true);
    expect(lru.get('a', 0)).toBe('new');
  });
});
