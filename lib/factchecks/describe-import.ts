import type { FactCheckFileFormat, FileProblem, RecordPlace } from './factcheck-file';

/** A translator scoped to the `matching.import` catalog section (next-intl's, on the server, in the browser or in a script). */
export interface ImportTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** Bytes as people read them, in decimal units as file managers show them: "1 MB", "20 MB", "512 KB". */
export function byteSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round(bytes / 100_000) / 10} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} B`;
}

/** Where a record is, in the words of its file's format. */
export function describePlace(t: ImportTranslator, format: FactCheckFileFormat, place: RecordPlace): string {
  return t(`places.${format}`, { record: place.record, line: place.line, page: place.page ?? 1 });
}

/** Why a whole file was refused, with the line it breaks on. */
export function describeProblem(t: ImportTranslator, problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty':
    case 'unknown-format':
      return t(`problems.${problem.kind}`);
    case 'not-an-array':
    case 'object-over-lines':
      return t(`problems.${problem.kind}`, { line: problem.line });
    case 'invalid-json':
      return problem.record === null
        ? t('problems.invalid-json', { line: problem.line, detail: problem.detail })
        : t('problems.invalid-json-record', { line: problem.line, record: problem.record, detail: problem.detail });
    case 'truncated':
      return problem.record === null ? t('problems.truncated', { line: problem.line }) : t('problems.truncated-record', { line: problem.line, record: problem.record });
    case 'line-too-long':
      return t('problems.line-too-long', { line: problem.line, limit: byteSize(problem.limit) });
    case 'page-too-large':
      return t('problems.page-too-large', { line: problem.line, page: problem.page, limit: byteSize(problem.limit) });
  }
}

/** Why one record was refused: the catalog's wording of the validator's reason (naming the field), or the reason itself. */
export function describeRefusal(t: ImportTranslator, reason: string, field: string): string {
  return t.has(`reasons.${reason}`) ? t(`reasons.${reason}`, { field }) : `${reason} (${field})`;
}
