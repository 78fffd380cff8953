import path from 'node:path';
import { startEmbeddedServer } from './embedded-server';
import type { ShadowStrategy } from './schema-engine';

export interface DatabaseTarget {
  url: string;
  kind: ShadowStrategy;
  stop(): Promise<void>;
}

export const EMBEDDED_DATA_DIR = path.resolve(process.cwd(), '.data/pglite');

/** The server named by DATABASE_URL, or else the embedded database kept under .data/. */
export async function openDatabaseTarget(
  options: { dataDir?: string | null; port?: number } = {},
): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, kind: 'server', stop: async () => {} };
  const dataDir = options.dataDir === null ? undefined : (options.dataDir ?? EMBEDDED_DATA_DIR);
  const server = await startEmbeddedServer({ dataDir, port: options.port });
  return { url: server.url, kind: 'embedded', stop: server.stop };
}
