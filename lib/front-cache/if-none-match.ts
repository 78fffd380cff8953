const weak = (tag: string) => tag.replace(/^W\//, '');

/** Whether a conditional GET's If-None-Match names `etag` (weak comparison, as RFC 9110 asks for GET and HEAD). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => weak(candidate.trim()) === weak(etag));
}
