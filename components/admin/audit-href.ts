/** The audit log's URL with some filters changed (undefined removes one); a changed filter starts again at the newest page. */
export function auditHref(current: Record<string, string>, changes: Record<string, string | undefined>): string {
  const paging = 'before' in changes || 'after' in changes;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...current, ...(paging ? {} : { before: undefined, after: undefined }), ...changes })) {
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}
