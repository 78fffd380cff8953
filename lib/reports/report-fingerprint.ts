import { createHash } from 'node:crypto';
import type { ReportSnapshot } from './report-snapshot';

/**
 * What the editor saw in the preview: the snapshot and the version it would follow. Publishing
 * compares it with a snapshot rebuilt inside the transaction, so what goes out is exactly what
 * was previewed, and two editors publishing at once cannot both add the same version.
 */
export function reportFingerprint(snapshot: ReportSnapshot, previousVersion: number): string {
  return createHash('sha256').update(JSON.stringify({ previousVersion, snapshot })).digest('hex');
}
