import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { servePglite } from './serve-pglite';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedServerOptions {
  /** Directory holding the data; omit for a throwaway in-memory database. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
}

// PGlite does not lock its data directory and two servers on one directory corrupt it.
function acquireLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is already in use by process ${holder}. Stop that Factdesk first.`,
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedServer(options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  const release = options.dataDir ? acquireLock(options.dataDir) : () => {};
  try {
    // The server's contrib extensions must be loaded into PGlite before CREATE EXTENSION can find them.
    const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm, unaccent } });
    const server = await servePglite(db, { host: '127.0.0.1', port: options.port ?? 0 });
    const url = `postgresql://postgres:postgres@${server.address}/postgres?sslmode=disable`;
    return {
      url,
      async stop() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
