import fs from 'node:fs';

/** One statement as Prisma sent it: enough to count a page's queries and to run them again through `pg`. */
export interface LoggedQuery {
  sql: string;
  params: unknown[];
  durationMs: number;
}

/** Prisma's query event, as its `log: [{ emit: 'event', level: 'query' }]` option delivers it. */
interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}

/** Appends synchronously, so that a page's statements are all in the file once its response has ended. */
export function appendToQueryLog(file: string, event: QueryEvent): void {
  const entry: LoggedQuery = { sql: event.query, params: JSON.parse(event.params) as unknown[], durationMs: event.duration };
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** The statements logged from byte `offset` on (the file's size before a request). */
export function readQueryLog(file: string, offset = 0): LoggedQuery[] {
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file).subarray(offset).toString('utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedQuery);
}
