import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run } from './run';

const SOURCES = [
  'app',
  'components',
  'lib',
  'generated',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** A hash of everything the build is made from, so a pulled change triggers a rebuild. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(listFiles)) {
    hash.update(file);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Builds into distDir unless (without `force`) a build of exactly these sources is already there. */
export async function ensureBuild(distDir: string, { force = false } = {}): Promise<'built' | 'up to date'> {
  const stamp = path.join(distDir, 'factdesk-sources.sha256');
  const fingerprint = sourceFingerprint();
  const upToDate =
    fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint;
  if (upToDate && !force) return 'up to date';
  await run('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, FACTDESK_DIST_DIR: distDir, NODE_ENV: 'production' } });
  fs.writeFileSync(stamp, fingerprint);
  return 'built';
}
