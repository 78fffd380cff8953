export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields an audit event records for bookkeeping, not for people to read. */
const HIDDEN = new Set(['version', 'sourceId', 'noteId', 'assigneeId', 'mergedClaim', 'mentioned', 'parentId']);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What an audit event changed, field by field, for the history: the fields that differ, in a stable order. */
export function historyChanges(before: unknown, after: unknown): HistoryChange[] {
  const was = asRecord(before);
  const is = asRecord(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((field) => !HIDDEN.has(field));
  return fields
    .filter((field) => JSON.stringify(was[field] ?? null) !== JSON.stringify(is[field] ?? null))
    .map((field) => ({ field, before: was[field] ?? null, after: is[field] ?? null }));
}
