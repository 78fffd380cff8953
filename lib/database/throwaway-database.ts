import pg from 'pg';
import { startEmbeddedServer } from './embedded-server';

export interface ThrowawayDatabase {
  url: string;
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database: a new database on the server `serverUrl` names, or, without
 * one, an in-memory embedded server (the embedded server ignores database names).
 */
export async function createThrowawayDatabase(purpose: string, serverUrl?: string): Promise<ThrowawayDatabase> {
  if (!serverUrl) {
    const server = await startEmbeddedServer();
    return { url: server.url, kind: 'embedded', drop: server.stop };
  }
  const name = `factdesk_${purpose}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
