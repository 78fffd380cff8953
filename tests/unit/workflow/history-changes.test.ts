import { historyChanges } from '@/lib/workflow/history-changes';

describe('historyChanges', () => {
  test.each([
    ['a status move', { status: 'IN_REVIEW' }, { status: 'APPROVED', version: 4 }, [{ field: 'status', before: 'IN_REVIEW', after: 'APPROVED' }]],
    ['nothing before', null, { text: 'Neu', version: 1 }, [{ field: 'text', before: null, after: 'Neu' }]],
    ['an unchanged field is left out', { status: 'OPEN', dueAt: null }, { status: 'OPEN', dueAt: '2027-01-01' }, [{ field: 'dueAt', before: null, after: '2027-01-01' }]],
    ['bookkeeping fields are left out', { assigneeId: 'a' }, { assigneeId: 'b', assignee: 'Felix', version: 3 }, [{ field: 'assignee', before: null, after: 'Felix' }]],
    ['nested values compare by content', { source: { url: 'https://a.example' } }, { source: { url: 'https://a.example' } }, []],
    ['not an object', 'x', [1, 2], []],
  ] as const)('%s', (_what, before, after, changes) => {
    expect(historyChanges(before, after)).toEqual(changes);
  });
});
