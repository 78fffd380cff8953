/**
 * The shapes the fact-check file readers share: one raw record, and the error that stops an import.
 */
import type { FileProblem, RecordPlace } from '@/lib/factchecks/factcheck-file';

export interface FactCheckRecord {
  /** The parsed JSON value, not yet validated. */
  value: unknown;
  place: RecordPlace;
  /** A saved page's `application/ld+json` block that is not JSON: refused as a record, since it may have held one. */
  unreadable?: true;
}

/** Thrown by the readers; the import rolls back everything of the file and reports the problem. */
export class FactCheckFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`Fact-check file refused: ${JSON.stringify(problem)}`);
    this.name = 'FactCheckFileError';
  }
}

/** The bytes of a file as they arrive: fs and web streams both iterate like this. */
export type ByteChunks = AsyncIterable<Uint8Array>;
