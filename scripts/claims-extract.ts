/**
 * Prints the check-worthy claims of an article as a JSON array on stdout (compact, one line;
 * `--pretty` indents it). Shipped compiled (generated/claims/claims-extract.cjs, the package's
 * `claims-extract` bin, built on install).
 * Usage: claims-extract <file|-> [--min-score P] [--max-claims N] [--lang de|en|…] [--format json|table] [--pretty]
 *   (or npm run -s claims:extract -- …); --min-score defaults to the language's threshold.
 * Errors go to stderr with exit code 1 (2 for wrong usage); a note about an unsupported language goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { extractClaims } from '../lib/claims/extract-claims';
import type { Claim, ExtractOptions } from '../lib/claims/types';

const USAGE = 'usage: claims-extract <file|-> [--min-score N] [--max-claims N] [--lang CODE] [--format json|table] [--pretty]';

class UsageError extends Error {}

interface Args {
  input: string;
  options: ExtractOptions;
  format: 'json' | 'table';
  pretty: boolean;
}

function numberArg(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${name} needs a number`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { input: '', options: {}, format: 'json', pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--min-score') args.options.minScore = numberArg(flag, value());
    else if (flag === '--max-claims') args.options.maxClaims = numberArg(flag, value());
    else if (flag === '--lang') args.options.language = value() ?? '';
    else if (flag === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'table') throw new UsageError('--format is json or table');
      args.format = format;
    } else if (flag === '--pretty') args.pretty = true;
    else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else if (args.input) throw new UsageError('one input only');
    else args.input = flag;
  }
  if (!args.input) throw new UsageError('no input given');
  return args;
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function table(claims: Claim[]): string {
  const lines = [`${'score'.padEnd(6)}${'type'.padEnd(11)}${'span'.padEnd(14)}${'claim'.padEnd(72)}quantities`];
  for (const c of claims) {
    const quantities = c.quantities.map((q) => `${q.approx ? '~' : ''}${q.value}${q.unit ? ` ${q.unit}` : ''}`).join('; ');
    lines.push(`${c.score.toFixed(2).padEnd(6)}${c.type.padEnd(11)}${`${c.start}-${c.end}`.padEnd(14)}${cut(c.text, 70)}  ${quantities}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Claims written per chunk of the array: a long article's output is tens of megabytes, never held twice as one string. */
const CLAIMS_PER_WRITE = 2000;

/** The claims as one compact JSON array (the default: machines read it), written chunk by chunk. */
function writeJson(claims: readonly Claim[]): void {
  if (claims.length === 0) {
    process.stdout.write('[]\n');
    return;
  }
  // Each chunk's array is written as it is, less the brackets that fall between chunks: joining
  // strings first would make node copy every chunk once more before encoding it.
  for (let from = 0; from < claims.length; from += CLAIMS_PER_WRITE) {
    const part = JSON.stringify(claims.slice(from, from + CLAIMS_PER_WRITE));
    const first = from === 0;
    const last = from + CLAIMS_PER_WRITE >= claims.length;
    if (!first) process.stdout.write(',');
    process.stdout.write(part.slice(first ? 0 : 1, last ? part.length : -1));
  }
  process.stdout.write('\n');
}

/**
 * V8 moves the objects of allocation sites whose objects mostly survive (tokens, spans, quantities,
 * claims) to old-space allocation, and throws away the optimized code of every function that
 * allocates there when it does: in a one-shot process that is the hot loop, twice, while it warms
 * up. And in a one-shot process the optimizing compiler's own work is a fair part of the run
 * (about a quarter of it on a 4 MB article, timed with --no-concurrent-recompilation): inlining
 * only functions of up to 100 bytes of bytecode (V8's default is 460) gives it more, smaller jobs
 * (about the same compile time in all), so the hot functions run optimized sooner, and the whole
 * process takes about 5% less CPU time. Set before any extraction runs; they change where objects
 * live and how code is compiled, never what is computed.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
setFlagsFromString('--max-inlined-bytecode-size=100');

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`claims-extract: ${error.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.input === '-' ? 0 : args.input, 'utf8');
  } catch (error) {
    process.stderr.write(`claims-extract: cannot read ${args.input}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = extractClaims(text, args.options);
  if (!result.supported) process.stderr.write(`claims-extract: language '${result.language}' is not supported; only numbers were scored\n`);
  if (args.format === 'table') process.stdout.write(table(result.claims));
  else if (args.pretty) process.stdout.write(`${JSON.stringify(result.claims, null, 2)}\n`);
  else writeJson(result.claims);
  return 0;
}

process.exitCode = main();
