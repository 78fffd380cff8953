import { randomBytes } from 'node:crypto';
import { ensureBuild } from '../../scripts/support/ensure-build';
import { freePort } from '../../scripts/support/free-port';
import { startNextServer, type NextServer } from '../../scripts/support/next-server';

/**
 * The production server (`npm start`'s, scripts/serve.ts) on a free port against `databaseUrl`, built first if the sources changed, with a
 * fresh session secret; `url` uses 127.0.0.1 so load generators never wait on name lookups.
 */
export async function startProductionApp(databaseUrl: string, env: Record<string, string> = {}): Promise<NextServer & { built: string }> {
  const built = await ensureBuild('.next');
  const port = await freePort();
  const app = await startNextServer({
    mode: 'start',
    port,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...env,
    },
  });
  return { ...app, url: `http://127.0.0.1:${port}`, built };
}
