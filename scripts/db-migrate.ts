import './support/load-env';
import { openDatabaseTarget } from '@/lib/database/database-target';
import { applyMigrations } from '@/lib/database/migrate';

async function main() {
  const target = await openDatabaseTarget();
  try {
    const applied = await applyMigrations(target.url, target.kind);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await target.stop();
  }
}

main().then(
  // The schema engine keeps a pool and a timer open.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
