import { openDatabaseTarget } from '@/lib/database/database-target';
import { diffMigrationsToSchema } from '@/lib/database/migrate';
import { writeMigration } from '@/lib/database/schema-engine';

const NO_CHANGES = 0;

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Usage: npm run db:migration:create -- <name>   (lower-case letters, digits and underscores)');
  }
  // Only a scratch database is needed: the engine replays the migrations into a shadow.
  const target = await openDatabaseTarget({ dataDir: null });
  try {
    const { exitCode, sql } = await diffMigrationsToSchema(target.url, target.kind);
    if (exitCode === NO_CHANGES) {
      console.log('schema.prisma and the migrations agree: nothing to create.');
      return;
    }
    console.log(`Created ${writeMigration(name, sql)}`);
  } finally {
    await target.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
