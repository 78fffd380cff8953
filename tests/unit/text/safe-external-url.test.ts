import { safeExternalUrl } from '@/lib/text/safe-external-url';

describe('safeExternalUrl', () => {
  test.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example', 'http://news.example/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected);
  });
});
