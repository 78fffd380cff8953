import './support/load-env';
import { openDatabaseTarget } from '@/lib/database/database-target';
import { applyMigrations } from '@/lib/database/migrate';
import { runCli } from './support/run-cli';

async function main(): Promise<number> {
  const target = await openDatabaseTarget();
  try {
    const applied = await applyMigrations(target.url, target.kind);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await target.stop();
  }
}

runCli(main);
