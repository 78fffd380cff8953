/**
 * The app's environment for its database: one server process on the embedded database, since
 * PGlite is one process's and hands a notification only to its sender (another server process
 * would never hear that a report changed); on a PostgreSQL server, WEB_PROCESSES as configured.
 */
export function webProcessesOn(kind: 'server' | 'embedded'): { WEB_PROCESSES?: string } {
  return kind === 'embedded' ? { WEB_PROCESSES: '1' } : {};
}
