/**
 * What a fact-check file is and where a record or a problem stands in it: the import's words
 * for the summary and for refusals, which the readers on the server and the forms share.
 */

export type FactCheckFileFormat = 'json-array' | 'json-lines' | 'html';

/** Where a record stands: its number in the file (from 1), the line it starts on, and for HTML its page. */
export interface RecordPlace {
  record: number;
  line: number;
  page?: number;
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
