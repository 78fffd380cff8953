/** A person's handle is the part of their email before the @: "@checker2" mentions checker2@…. */
const MENTION = /(^|[^\w@.])@([a-z0-9][a-z0-9._-]{0,63})/gi;

/** The handles mentioned in a note, lower-cased, each once, without a trailing full stop. */
export function findMentions(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(MENTION)) handles.add((match[2] ?? '').replace(/[._-]+$/, '').toLowerCase());
  handles.delete('');
  return [...handles];
}

export function handleOf(email: string): string {
  return email.slice(0, email.indexOf('@')).toLowerCase();
}
