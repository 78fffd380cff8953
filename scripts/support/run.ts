import { spawn, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(process.cwd(), 'node_modules/.bin');

/** Runs a project binary (next, jest…) to completion, failing on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, command), args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
