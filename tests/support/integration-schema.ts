import pg from 'pg';
import { readMigrations } from '@/lib/database/schema-engine';

// Jest takes timeouts only from the top-level config or from here.
jest.setTimeout(30_000);

const schema = process.env.DATABASE_SCHEMA ?? '';
const SCHEMA_SETUP_LOCK = 11_0001;

async function withClient(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const migrations = readMigrations().migrationDirectories.map(({ migrationFile }) =>
    migrationFile.content.tag === 'ok' ? migrationFile.content.value : '',
  );
  // One message, so that on the embedded server (one session shared by all
  // connections) nobody else runs while search_path points at this schema.
  await withClient((client) =>
    // Test files build their schemas one at a time: extensions (pg_trgm) are database-wide, and two
    // sessions creating one at once collide on the catalog's unique index.
    client.query(
      `SELECT pg_advisory_lock(${SCHEMA_SETUP_LOCK}); CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"; ${migrations.join('\n')}; SET search_path TO public; SELECT pg_advisory_unlock(${SCHEMA_SETUP_LOCK});`,
    ),
  );
});

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await withClient((client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
});
