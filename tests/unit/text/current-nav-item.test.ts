import { currentNavItem } from '@/lib/text/current-nav-item';

const ITEMS = ['/articles', '/claims', '/claims?assignee=me', '/review'];

describe('currentNavItem', () => {
  test.each([
    ['/claims', '', '/claims'],
    ['/claims', 'assignee=me', '/claims?assignee=me'],
    ['/claims', 'assignee=me&status=OPEN', '/claims?assignee=me'],
    ['/claims', 'assignee=none', '/claims'],
    ['/claims/board', '', '/claims'],
    ['/claims/abc', '', '/claims'],
    ['/articles/x', '', '/articles'],
    ['/claimsfoo', '', null],
    ['/notifications', '', null],
  ])('%s?%s belongs to %s', (pathname, search, href) => {
    expect(currentNavItem(ITEMS, pathname, new URLSearchParams(search))).toBe(href);
  });
});
