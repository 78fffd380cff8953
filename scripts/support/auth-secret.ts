import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A per-machine secret for the embedded setup, kept so sessions survive restarts. */
export function localAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
