import type PgBoss from 'pg-boss';

/** Finds the claims in a newly stored article. */
export const EXTRACT_CLAIMS = 'extract-claims';
/** Extraction jobs that used up their retries, or were lost to a crash: their articles are marked failed. */
export const EXTRACTION_GIVEN_UP = 'extract-claims-given-up';

export interface ExtractClaimsJob {
  articleId: string;
}

/**
 * Every queue with its retry policy. A job that throws is retried with growing delays; one
 * whose worker died (a restart, a crash) expires and is retried the same way.
 */
export const QUEUES: ReadonlyArray<PgBoss.Queue> = [
  { name: EXTRACTION_GIVEN_UP, retryLimit: 5, retryDelay: 10, retryBackoff: true },
  {
    name: EXTRACT_CLAIMS,
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    // The longest article is extracted in well under a second; minutes mean the worker is gone.
    expireInSeconds: 300,
    deadLetter: EXTRACTION_GIVEN_UP,
  },
];
