import { RESERVED_SLUGS } from './report-slug';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PAGE = new RegExp(`^/reports/(${SLUG})(?:/v/[1-9][0-9]*)?$`);
const EXPORT = new RegExp(`^/api/reports/(${SLUG})(?:/markdown|/csv)?$`);

/** The slug of a public report address (its page, an earlier version, an export), or null for any other path. */
export function publicReportSlug(pathname: string): string | null {
  const page = PAGE.exec(pathname);
  if (page?.[1]) return page[1];
  const exported = EXPORT.exec(pathname);
  if (exported?.[1] && !RESERVED_SLUGS.has(exported[1])) return exported[1];
  return null;
}
