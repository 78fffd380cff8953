import { describeChanges } from '@/lib/audit/describe-changes';

describe('describeChanges', () => {
  test.each<[string, unknown, unknown, ReturnType<typeof describeChanges>]>([
    ['nothing recorded', null, null, []],
    ['a creation', null, { key: 'satire', value: null }, [{ path: 'key', after: '"satire"' }, { path: 'value', after: 'null' }]],
    ['a deletion', { key: 'satire' }, null, [{ path: 'key', before: '"satire"' }]],
    ['only what changed', { role: 'EDITOR', active: true }, { role: 'ADMIN', active: true }, [{ path: 'role', before: '"EDITOR"', after: '"ADMIN"' }]],
    ['a field that appeared', { position: 2 }, { position: 1, swappedWith: 'true' }, [{ path: 'position', before: '2', after: '1' }, { path: 'swappedWith', after: '"true"' }]],
    ['a field that went', { a: 1, b: 2 }, { a: 1 }, [{ path: 'b', before: '2' }]],
    ['nested objects as dotted paths', { verdict: { rating: 'true', text: 'x' } }, { verdict: { rating: 'false', text: 'x' } }, [{ path: 'verdict.rating', before: '"true"', after: '"false"' }]],
    ['arrays whole', { sources: [1, 2] }, { sources: [1, 3] }, [{ path: 'sources', before: '[1,2]', after: '[1,3]' }]],
    ['a value that is not an object', 'old', 'new', [{ path: '', before: '"old"', after: '"new"' }]],
    ['an empty object as a value', { details: {} }, { details: { note: 'hi' } }, [{ path: 'details.note', after: '"hi"' }, { path: 'details', before: '{}' }]],
    ['markup as text', null, { name: '<script>alert(1)</script>' }, [{ path: 'name', after: '"<script>alert(1)</script>"' }]],
  ])('%s', (_case, before, after, expected) => {
    expect(describeChanges(before, after)).toEqual(expected);
  });

  test('shortens long values', () => {
    const [change] = describeChanges(null, { text: 'x'.repeat(500) });
    expect(change?.after).toHaveLength(160);
    expect(change?.after?.endsWith('…')).toBe(true);
  });
});
