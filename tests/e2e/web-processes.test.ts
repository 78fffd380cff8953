import { randomBytes } from 'node:crypto';
import { freePort } from '@/scripts/support/free-port';
import { startNextServer, type NextServer } from '@/scripts/support/next-server';
import { processTree } from '@/scripts/support/process-tree';

// The production server as a deployment on a PostgreSQL server runs it: several processes on one
// port. No database is needed to see them share the work (health answers 503 without one).
let app: NextServer;

const workers = () => processTree(app.process.pid ?? 0).slice(1);
const health = () => fetch(`${app.url}/api/health`, { headers: { connection: 'close' } }).then((response) => response.status);

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; !condition(); waited += 100) {
    if (waited > 30_000) throw new Error(`Still not ${what} after 30 s: processes ${workers().join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const port = await freePort();
  app = await startNextServer({
    mode: 'start',
    port,
    stdio: 'ignore',
    env: {
      ...process.env,
      FACTDESK_DIST_DIR: '.next-test',
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/postgres?sslmode=disable`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      WEB_PROCESSES: '2',
    },
  });
  await until(() => workers().length === 2, 'two server processes');
});

afterAll(() => app?.stop());

describe('WEB_PROCESSES server processes on one port', () => {
  test('serve together, and one that dies is replaced while the other lives on', async () => {
    expect(await Promise.all([health(), health(), health(), health()])).toEqual([503, 503, 503, 503]);
    const [first, second] = workers();
    process.kill(first ?? 0, 'SIGKILL');
    await until(() => workers().length === 2 && !workers().includes(first ?? 0), 'replaced');
    expect(workers()).toContain(second);
    // The first process forks the replacement once it has seen the loss, so no connection goes to the dead one now.
    expect(await Promise.all([health(), health(), health(), health()])).toEqual([503, 503, 503, 503]);
  });

  test('stop together on SIGTERM (the replacement still starting, as a rule), with the exit code a signal gives', async () => {
    const running = workers();
    const exited = new Promise<number | null>((resolve) => app.process.once('exit', (code) => resolve(code)));
    app.process.kill('SIGTERM');
    expect(await exited).toBe(143);
    for (const pid of running) expect(() => process.kill(pid, 0)).toThrow();
  });
});
