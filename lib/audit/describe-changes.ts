/** One line of an audit event's before/after: a field that appeared, disappeared or changed. */
export interface FieldChange {
  /** Dotted path into the JSON, e.g. "settings.logoUrl"; empty for a value that is not an object. */
  path: string;
  before?: string;
  after?: string;
}

const MAX_VALUE_LENGTH = 160;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects become their dotted leaves; anything else (arrays too: a list is read whole) is one leaf. */
function leaves(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, shorten(JSON.stringify(value as Json)));
  }
  return into;
}

function shorten(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/**
 * The compact difference between an audit event's before and after: only what changed, in
 * the order the fields appear (after's first, then fields only before had).
 */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const old = leaves(before ?? undefined, '', new Map());
  const updated = leaves(after ?? undefined, '', new Map());
  const paths = [...new Set([...updated.keys(), ...old.keys()])];
  return paths.flatMap((path) => {
    const was = old.get(path);
    const now = updated.get(path);
    if (was === now) return [];
    return [{ path, ...(was !== undefined && { before: was }), ...(now !== undefined && { after: now }) }];
  });
}
