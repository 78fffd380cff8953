/**
 * Memory of one extraction, measured in a fresh process (started by bench/claims.ts with
 * --expose-gc) so that peak RSS belongs to this input size alone. Prints one JSON line.
 * Usage: node --expose-gc --import tsx bench/claims-memory.ts <bytes>
 */
import { extractClaims } from '../lib/claims/extract-claims';
import { benchCorpus } from './claims-corpus';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const bytes = Number(process.argv[2] ?? 1_000_000);
const text = benchCorpus('de', bytes);
gc();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const result = extractClaims(text);
const heapWithResult = process.memoryUsage().heapUsed;
gc();
const heapRetained = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({
    bytes: Buffer.byteLength(text),
    claims: result.claims.length,
    heapDelta: heapWithResult - heapBefore,
    retained: heapRetained - heapBefore,
    resultJson: JSON.stringify(result.claims).length,
    rssBefore,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
