/**
 * Speed and memory of the claim extractor (with the trained model), as ratios to a baseline
 * measured in the same run: splitting the same text into sentences with Intl.Segmenter,
 * paragraph by paragraph; in-process, and as whole processes on compiled JavaScript.
 * Usage: npm run bench:claims [-- --processes]   (targets: >= 3 MB/s, ratio <= 4, linear growth, bounded memory)
 *   --processes times the whole processes only.
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractClaims } from '../lib/claims/extract-claims';
import { benchCorpus } from './claims-corpus';
import { segmentSentences } from './claims-segment-baseline';

const MB = 1_000_000;
const PROCESS_ROUNDS = 5;
const SIZES = [1_000, 10_000, 100_000, 1_000_000, 4_000_000, 10_000_000];

/** Best of `runs` timings in milliseconds (least disturbed by GC and the other core's load). */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function runsFor(bytes: number): number {
  return bytes <= 100_000 ? 20 : bytes <= 1_000_000 ? 8 : 3;
}

function pad(value: string, width: number): string {
  return value.padStart(width);
}

/** Warm-up rounds on one language before its curve: switching language makes V8 re-optimize. */
const WARM_UP_ROUNDS = 10;

function warmUp(language: 'de' | 'en'): void {
  const text = benchCorpus(language, 100_000);
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    extractClaims(text);
    segmentSentences(text, language);
  }
}

function curve(language: 'de' | 'en'): void {
  warmUp(language);
  console.log(`\nCurve (${language}, best of several runs after a warm-up on 100 KB of it; MB = 10^6 UTF-8 bytes)`);
  console.log(`${pad('size', 10)} ${pad('claims', 8)} ${pad('extract ms', 11)} ${pad('segment ms', 11)} ${pad('ratio', 6)} ${pad('MB/s', 6)} ${pad('µs/KB', 7)}`);
  for (const size of SIZES) {
    const text = benchCorpus(language, size);
    const bytes = Buffer.byteLength(text);
    let claims = 0;
    const extract = best(runsFor(size), () => {
      claims = extractClaims(text).claims.length;
    });
    const segment = best(runsFor(size), () => segmentSentences(text, language));
    console.log(
      `${pad(size >= MB ? `${size / MB} MB` : `${size / 1000} KB`, 10)} ${pad(String(claims), 8)} ${pad(extract.toFixed(1), 11)} ${pad(segment.toFixed(1), 11)} ${pad((extract / segment).toFixed(2), 6)} ${pad((bytes / MB / (extract / 1000)).toFixed(2), 6)} ${pad(((extract * 1000) / (bytes / 1000)).toFixed(0), 7)}`,
    );
  }
}

function memory(root: string): void {
  console.log('\nMemory, one fresh process per size (heap after the call with its result alive; RSS peak of the process)');
  console.log(`${pad('size', 10)} ${pad('claims', 8)} ${pad('heap Δ MB', 10)} ${pad('retained MB', 12)} ${pad('per input MB', 13)} ${pad('peak RSS MB', 12)} ${pad('RSS growth MB', 14)}`);
  for (const size of [1_000_000, 4_000_000, 10_000_000]) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'claims-memory.ts'), String(size)], { cwd: root, encoding: 'utf8' });
    const m = JSON.parse(out) as { bytes: number; claims: number; heapDelta: number; retained: number; peakRss: number; rssBefore: number };
    console.log(
      `${pad(`${size / MB} MB`, 10)} ${pad(String(m.claims), 8)} ${pad((m.heapDelta / MB).toFixed(1), 10)} ${pad((m.retained / MB).toFixed(1), 12)} ${pad((m.retained / m.bytes).toFixed(2), 13)} ${pad((m.peakRss / MB).toFixed(0), 12)} ${pad(((m.peakRss - m.rssBefore) / MB).toFixed(0), 14)}`,
    );
  }
}

/**
 * Whole processes, start included, both plain `node` on compiled JavaScript: the shipped CLI
 * (generated/claims/claims-extract.cjs, built by `npm run claims:build`) against a process that
 * only splits the file into sentences (the baseline script, compiled here the same way).
 */
function processes(root: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  try {
    const file = join(dir, 'article-4mb.txt');
    const small = join(dir, 'article-small.txt');
    writeFileSync(file, benchCorpus('de', 4_000_000));
    writeFileSync(small, benchCorpus('de', 1_000));
    const baselineJs = join(dir, 'claims-segment-baseline.cjs');
    buildSync({ entryPoints: [join(root, 'bench', 'claims-segment-baseline.ts')], outfile: baselineJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    const cliJs = join(root, 'generated', 'claims', 'claims-extract.cjs');
    const commands: Array<[string, string[]]> = [
      [process.execPath, [cliJs, file]],
      [process.execPath, [baselineJs, file]],
      [process.execPath, ['-e', '0']],
      [process.execPath, [cliJs, small]],
      ['npm', ['run', '-s', 'claims:extract', '--', small]],
    ];
    // Interleaved, best of each: a slow spell of the shared machine then slows all of them alike.
    const times = commands.map(() => Infinity);
    for (let round = 0; round < PROCESS_ROUNDS; round++) {
      commands.forEach(([command, args], k) => {
        const started = performance.now();
        execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
        times[k] = Math.min(times[k] ?? Infinity, performance.now() - started);
      });
    }
    const [cli = 0, baseline = 0, start = 0, cliSmall = 0, npmSmall = 0] = times;
    console.log(`\nWhole processes, start included, plain node on compiled JavaScript (best of ${PROCESS_ROUNDS}, interleaved)`);
    console.log(`4 MB: claims-extract ${cli.toFixed(0)} ms, sentence-splitting process ${baseline.toFixed(0)} ms, ratio ${(cli / baseline).toFixed(2)} (target <= 4; empty node process: ${start.toFixed(0)} ms)`);
    console.log(`1 KB: claims-extract ${cliSmall.toFixed(0)} ms (target < 200); through npm run -s claims:extract ${npmSmall.toFixed(0)} ms (npm's own start included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function headline(): void {
  warmUp('de');
  const text = benchCorpus('de', 4_000_000);
  const bytes = Buffer.byteLength(text);
  const extract = best(3, () => extractClaims(text));
  const segment = best(3, () => segmentSentences(text, 'de'));
  console.log('extractClaims on 4 MB of German news prose, same run as the baseline');
  console.log(`throughput ${(bytes / MB / (extract / 1000)).toFixed(2)} MB/s (target >= 3)`);
  console.log(`ratio to Intl.Segmenter paragraph by paragraph: ${(extract / segment).toFixed(2)} (target <= 4; extract ${extract.toFixed(0)} ms, segment ${segment.toFixed(0)} ms)`);
}

const root = resolve(__dirname, '..');
if (!process.argv.includes('--processes')) {
  headline();
  curve('de');
  curve('en');
  memory(root);
}
processes(root);
