import type { FactCheckFileFormat } from '@/lib/factchecks/factcheck-file';
import { FactCheckFileError, type ByteChunks, type FactCheckRecord } from './factcheck-file';
import { readHtmlPages } from './read-html-pages';
import { readJsonArray } from './read-json-array';
import { readJsonLines } from './read-json-lines';

const READERS: Record<FactCheckFileFormat, (chunks: ByteChunks) => AsyncGenerator<FactCheckRecord>> = {
  'json-array': readJsonArray,
  'json-lines': readJsonLines,
  html: readHtmlPages,
};

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];

/** The first byte that is not whitespace or a byte-order mark, and the chunks read to find it (handed on unchanged). */
async function peek(chunks: ByteChunks): Promise<{ first: number | null; seen: Uint8Array[]; rest: AsyncIterator<Uint8Array> }> {
  const rest = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const next = await rest.next();
    if (next.done) return { first: null, seen, rest };
    seen.push(next.value);
    for (const byte of next.value) {
      const inBom = offset < BOM.length && byte === BOM[offset];
      offset++;
      if (!inBom && !WHITESPACE.has(byte)) return { first: byte, seen, rest };
    }
  }
}

function formatOf(name: string, first: number): FactCheckFileFormat | null {
  const extension = name.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  if (extension === 'jsonl' || extension === 'ndjson') return 'json-lines';
  if (extension === 'html' || extension === 'htm') return 'html';
  // A .json file (or one without a telling name) says what it is by its first character.
  if (first === 0x5b /* [ */) return 'json-array';
  if (first === 0x7b /* { */) return 'json-lines';
  if (first === 0x3c /* < */ && extension !== 'json') return 'html';
  return null;
}

/**
 * What a fact-check file holds: a JSON array, JSON Lines, or saved HTML pages with
 * `application/ld+json` blocks, told apart by the name's extension and the first character.
 * The records come one at a time, as the bytes arrive.
 */
export async function readFactCheckFile(name: string, chunks: ByteChunks): Promise<{ format: FactCheckFileFormat; records: AsyncGenerator<FactCheckRecord> }> {
  const { first, seen, rest } = await peek(chunks);
  if (first === null) throw new FactCheckFileError({ kind: 'empty' });
  const format = formatOf(name, first);
  if (!format) throw new FactCheckFileError({ kind: 'unknown-format' });
  const [head] = seen;
  if (head && BOM.every((byte, index) => head[index] === byte)) seen[0] = head.subarray(BOM.length);
  const all = (async function* () {
    yield* seen;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  })();
  return { format, records: READERS[format](all) };
}
