import { updateTag } from 'next/cache';
import { reportCacheTag } from './render-public-report';

/** After publishing or unpublishing (in the server action): the next reader gets the new state, not a cached one. */
export function expireReportCache(slug: string): void {
  updateTag(reportCacheTag(slug));
}
