import { EMBEDDED_DATA_DIR } from '@/lib/database/database-target';
import { startEmbeddedServer } from '@/lib/database/embedded-server';
import { runCli } from './support/run-cli';

const USAGE = 'Usage: npm run db:serve -- [--port 5433] [--memory]';

/** Serves the embedded database (or a throwaway one) for psql and other tools. */
async function main() {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 5433;
  if (!Number.isInteger(port) || port < 0) throw new Error(USAGE);
  const server = await startEmbeddedServer({ dataDir: args.includes('--memory') ? undefined : EMBEDDED_DATA_DIR, port });
  console.log(`Embedded PostgreSQL ready at ${server.url}`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runCli(main);
