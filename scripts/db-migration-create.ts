import { openDatabaseTarget } from '@/lib/database/database-target';
import { diffMigrationsToSchema } from '@/lib/database/migrate';
import { writeMigration } from '@/lib/database/schema-engine';
import { runCli } from './support/run-cli';

const NO_CHANGES = 0;
const USAGE = `Usage: npm run db:migration:create -- <name>   (lower-case letters, digits, underscores)
       npm run db:migration:create -- --check   (exit 2 when schema.prisma has changes without a migration)`;

async function main(): Promise<number> {
  const [argument] = process.argv.slice(2);
  const check = argument === '--check';
  if (!check && (!argument || !/^[a-z0-9_]+$/.test(argument))) throw new Error(USAGE);
  // Only a scratch database is needed: the engine replays the migrations into a shadow.
  const target = await openDatabaseTarget({ inMemory: true });
  try {
    const { exitCode, sql } = await diffMigrationsToSchema(target.url, target.kind);
    if (exitCode === NO_CHANGES) {
      console.log('schema.prisma and the migrations agree.');
      return 0;
    }
    if (check) {
      console.error(`schema.prisma has changes that no migration makes:\n${sql}`);
      return 2;
    }
    console.log(`Created ${writeMigration(argument ?? 'migration', sql)}`);
    return 0;
  } finally {
    await target.stop();
  }
}

runCli(main);
