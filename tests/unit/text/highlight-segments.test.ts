import { highlightSegments } from '@/lib/text/highlight-segments';

describe('highlightSegments', () => {
  test.each([
    ['no spans: one plain piece', 10, [], [{ start: 0, end: 10, ids: [] }]],
    ['an empty text', 0, [{ id: 'a', start: 0, end: 3 }], []],
    [
      'one span in the middle',
      10,
      [{ id: 'a', start: 2, end: 5 }],
      [
        { start: 0, end: 2, ids: [] },
        { start: 2, end: 5, ids: ['a'] },
        { start: 5, end: 10, ids: [] },
      ],
    ],
    [
      'two spans side by side',
      6,
      [
        { id: 'a', start: 0, end: 3 },
        { id: 'b', start: 3, end: 6 },
      ],
      [
        { start: 0, end: 3, ids: ['a'] },
        { start: 3, end: 6, ids: ['b'] },
      ],
    ],
    [
      'overlapping spans',
      8,
      [
        { id: 'a', start: 0, end: 5 },
        { id: 'b', start: 3, end: 8 },
      ],
      [
        { start: 0, end: 3, ids: ['a'] },
        { start: 3, end: 5, ids: ['a', 'b'] },
        { start: 5, end: 8, ids: ['b'] },
      ],
    ],
    ['a span beyond the text is clipped', 4, [{ id: 'a', start: 2, end: 99 }], [{ start: 0, end: 2, ids: [] }, { start: 2, end: 4, ids: ['a'] }]],
    ['an empty span is ignored', 4, [{ id: 'a', start: 2, end: 2 }], [{ start: 0, end: 4, ids: [] }]],
  ] as const)('%s', (_what, length, spans, segments) => {
    expect(highlightSegments(length, spans)).toEqual(segments);
  });
});
