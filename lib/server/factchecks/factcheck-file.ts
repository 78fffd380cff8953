/**
 * The shapes the fact-check file readers share: one raw record and where it stands in the file
 * (for the summary and for refusals), and the file-level problems that stop an import.
 */

export type FactCheckFileFormat = 'json-array' | 'json-lines' | 'html';

/** Where a record stands: its number in the file (from 1), the line it starts on, and for HTML its page. */
export interface RecordPlace {
  record: number;
  line: number;
  page?: number;
}

export interface FactCheckRecord {
  /** The parsed JSON value, not yet validated. */
  value: unknown;
  place: RecordPlace;
  /** A saved page's `application/ld+json` block that is not JSON: refused as a record, since it may have held one. */
  unreadable?: true;
}

/** Why a whole file is refused; each names the line it was found on. */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'unknown-format' }
  | { kind: 'not-an-array'; line: number }
  | { kind: 'invalid-json'; line: number; record: number | null; detail: string }
  | { kind: 'truncated'; line: number; record: number | null }
  /** JSON Lines whose object runs over several lines: a pretty-printed object, not one per line. */
  | { kind: 'object-over-lines'; line: number }
  | { kind: 'line-too-long'; line: number; limit: number }
  | { kind: 'page-too-large'; line: number; page: number; limit: number };

/** Thrown by the readers; the import rolls back everything of the file and reports the problem. */
export class FactCheckFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`Fact-check file refused: ${JSON.stringify(problem)}`);
    this.name = 'FactCheckFileError';
  }
}

/** The bytes of a file as they arrive: fs and web streams both iterate like this. */
export type ByteChunks = AsyncIterable<Uint8Array>;
