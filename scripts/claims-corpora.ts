/**
 * Where the public corpora are: `../shared/corpora/` beside the project (never part of it; a
 * clean clone has none). Scripts that need them fail with this message when they are missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..');
export const corporaDir = resolve(projectRoot, '..', 'shared', 'corpora');
export const samplesDir = resolve(projectRoot, '..', 'shared', 'samples');

/** The corpus file's path, or an error naming what is missing. */
export function corpusPath(...parts: string[]): string {
  if (!existsSync(corporaDir)) throw new Error(`The corpora are not beside the project (looked for ${corporaDir}); claims:train and claims:eval need ../shared/corpora/.`);
  return join(corporaDir, ...parts);
}
