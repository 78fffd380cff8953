/**
 * Compiles the claims CLI (scripts/claims-extract.ts and the extractor with its weights) into one
 * JavaScript file, generated/claims/claims-extract.cjs, so that running it costs no TypeScript
 * compilation. Plain JavaScript itself, so that `npm install` can run it before anything else.
 * Usage: node scripts/claims-build.mjs   (run by postinstall, `npm run build` and `npm run claims:build`)
 */
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'generated', 'claims', 'claims-extract.cjs');

buildSync({
  entryPoints: [join(root, 'scripts', 'claims-extract.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  // Less for node to read and compile at every start.
  minify: true,
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
