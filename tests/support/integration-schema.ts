import pg from 'pg';
import { readMigrations } from '@/lib/database/schema-engine';

// Jest takes timeouts only from the top-level config or from here.
jest.setTimeout(30_000);

const schema = process.env.DATABASE_SCHEMA ?? '';

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
    client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"; ${migrations.join('\n')}; SET search_path TO public;`),
  );
});

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await withClient((client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
});
