import fs from 'node:fs';
import { EMBEDDED_DATA_DIR, openDatabaseTarget, type DatabaseTarget } from '@/lib/database/database-target';

/** Where a running Factdesk says how to reach the embedded database it serves. */
const ADDRESS_FILE = `${EMBEDDED_DATA_DIR}.address`;
const LOCK_FILE = `${EMBEDDED_DATA_DIR}.lock`;

/** For `npm start`/`npm run dev` on the embedded database: lets the worker and the CLIs connect to it. */
export function publishEmbeddedAddress(url: string): () => void {
  fs.writeFileSync(ADDRESS_FILE, JSON.stringify({ pid: process.pid, url }), { mode: 0o600 });
  return () => fs.rmSync(ADDRESS_FILE, { force: true });
}

function readNumber(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, 'utf8')) || null;
  } catch {
    return null;
  }
}

/** The embedded database a running Factdesk serves, if one does (it holds the data directory's lock). */
function runningEmbeddedAddress(): string | null {
  try {
    const { pid, url } = JSON.parse(fs.readFileSync(ADDRESS_FILE, 'utf8')) as { pid: number; url: string };
    if (readNumber(LOCK_FILE) !== pid) return null;
    process.kill(pid, 0);
    return url;
  } catch {
    return null;
  }
}

export interface SharedDatabase extends DatabaseTarget {
  /** True when this process opened the embedded database itself (and so must migrate and close it). */
  opened: boolean;
}

/**
 * For tools that run beside the app (the worker, imports): DATABASE_URL when set; else the
 * embedded database of a Factdesk that is running (one process per data directory, so they
 * connect to its server); else the embedded database itself, opened here.
 */
export async function openSharedDatabase(): Promise<SharedDatabase> {
  const running = process.env.DATABASE_URL ? null : runningEmbeddedAddress();
  if (running) return { url: running, kind: 'embedded', opened: false, stop: async () => {} };
  const target = await openDatabaseTarget();
  return { ...target, opened: target.kind === 'embedded' };
}
