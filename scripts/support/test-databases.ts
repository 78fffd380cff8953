import pg from 'pg';
import { startEmbeddedServer } from '@/lib/database/embedded-server';

export interface TestDatabase {
  url: string;
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
}

/**
 * A fresh database for one test run: a new database on the server named by
 * DATABASE_URL, or else a throwaway in-memory embedded one.
 */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const server = await startEmbeddedServer();
    return { url: server.url, kind: 'embedded', drop: server.stop };
  }
  const name = `factdesk_${purpose}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
