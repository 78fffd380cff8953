import path from 'node:path';
import { startEmbeddedServer } from './embedded-server';
import type { ShadowStrategy } from './schema-engine';

export interface DatabaseTarget {
  url: string;
  kind: ShadowStrategy;
  stop(): Promise<void>;
}

export const EMBEDDED_DATA_DIR = path.resolve(process.cwd(), '.data/pglite');

/**
 * The server named by DATABASE_URL, or else the embedded database kept under .data/
 * (`inMemory`: a throwaway embedded one, for work that only needs a scratch database).
 */
export async function openDatabaseTarget({ inMemory = false } = {}): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, kind: 'server', stop: async () => {} };
  const server = await startEmbeddedServer({ dataDir: inMemory ? undefined : EMBEDDED_DATA_DIR });
  return { url: server.url, kind: 'embedded', stop: server.stop };
}
