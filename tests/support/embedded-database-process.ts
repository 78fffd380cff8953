import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

/** A throwaway embedded database served by its own process: PGlite cannot load inside Jest's module sandbox. */
export async function startEmbeddedDatabaseProcess(port: number): Promise<ChildProcess> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/db-serve.ts', '--memory', '--port', String(port)]);
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  if (!chunk.toString().includes('ready')) throw new Error(`The embedded database did not start: ${chunk}`);
  return child;
}
