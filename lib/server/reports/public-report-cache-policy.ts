/**
 * Browsers ask again each time (a correction or a withdrawal shows at once); CDNs may keep an
 * answer for a minute. The app itself serves from its own cache, expired on publishing.
 */
export const PUBLIC_REPORT_CACHE = { maxAge: 0, sharedMaxAge: 60, staleWhileRevalidate: 60 } as const;
