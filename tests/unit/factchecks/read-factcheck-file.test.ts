import type { FileProblem } from '@/lib/factchecks/factcheck-file';
import { FactCheckFileError, type FactCheckRecord } from '@/lib/server/factchecks/factcheck-file';
import { readFactCheckFile } from '@/lib/server/factchecks/read-factcheck-file';
import { MAX_LINE_BYTES } from '@/lib/server/factchecks/read-json-lines';

async function* chunks(text: string | Uint8Array, size = 1 << 16) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function read(name: string, text: string | Uint8Array, size?: number): Promise<{ format: string; records: FactCheckRecord[] }> {
  const { format, records } = await readFactCheckFile(name, chunks(text, size));
  const all: FactCheckRecord[] = [];
  for await (const record of records) all.push(record);
  return { format, records: all };
}

async function problemOf(name: string, text: string, size?: number): Promise<FileProblem> {
  try {
    await read(name, text, size);
  } catch (error) {
    if (error instanceof FactCheckFileError) return error.problem;
    throw error;
  }
  throw new Error('The file was read without a problem');
}

const ARRAY = '[\n  {"url": "https://a.example/1", "claimReviewed": "Zwölf Brücken"},\n  {\n    "url": "https://a.example/2"\n  },\n  "not an object"\n]\n';

describe('readFactCheckFile', () => {
  test('reads a JSON array record by record, each with the line it starts on', async () => {
    expect(await read('checks.json', ARRAY)).toEqual({
      format: 'json-array',
      records: [
        { value: { url: 'https://a.example/1', claimReviewed: 'Zwölf Brücken' }, place: { record: 1, line: 2 } },
        { value: { url: 'https://a.example/2' }, place: { record: 2, line: 3 } },
        { value: 'not an object', place: { record: 3, line: 6 } },
      ],
    });
  });

  test.each([1, 2, 3, 5, 13])('gives the same records when the bytes arrive %d at a time (a character split between chunks included)', async (size) => {
    expect(await read('checks.json', ARRAY, size)).toEqual(await read('checks.json', ARRAY));
  });

  test('skips a byte-order mark and leading blank lines', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`\n\n${ARRAY}`)]);
    const { records } = await read('checks.json', withBom, 2);
    expect(records.map((record) => record.place)).toEqual([
      { record: 1, line: 4 },
      { record: 2, line: 5 },
      { record: 3, line: 8 },
    ]);
  });

  test.each([
    ['data.jsonl', '{"a":1}\n\n{"b":2}\r\n', 'json-lines'],
    ['data.ndjson', '{"a":1}\n', 'json-lines'],
    ['data.json', '{"a":1}\n', 'json-lines'],
    ['export', '[{"a":1}]', 'json-array'],
  ])('tells %s apart by its name and first character: %s', async (name, text, format) => {
    expect((await read(name, text)).format).toBe(format);
  });

  test('numbers JSON Lines by their line, blank lines included', async () => {
    const { records } = await read('data.jsonl', '{"a":1}\n\n{"b":2}\r\n{"c":3}', 3);
    expect(records).toEqual([
      { value: { a: 1 }, place: { record: 1, line: 1 } },
      { value: { b: 2 }, place: { record: 2, line: 3 } },
      { value: { c: 3 }, place: { record: 3, line: 4 } },
    ]);
  });

  test.each([
    ['an array cut inside its second record', 'cut.json', '[\n {"a": 1},\n {"b": "tw', { kind: 'truncated', line: 3, record: 2 }],
    ['an array without its closing bracket', 'cut.json', '[\n {"a": 1}\n', { kind: 'truncated', line: 2, record: null }],
    ['a missing colon', 'bad.json', '[\n {"a": 1},\n {"b" 2}\n]', { kind: 'invalid-json', line: 3, record: 2 }],
    ['text after the array', 'bad.json', '[{"a": 1}]\nmore', { kind: 'invalid-json', line: 2, record: null }],
    ['a broken line in JSON Lines', 'bad.jsonl', '{"a": 1}\n{"b": }\n{"c": 3}\n', { kind: 'invalid-json', line: 2, record: 2 }],
    ['a cut last line in JSON Lines', 'cut.jsonl', '{"a": 1}\n{"b": "tw', { kind: 'truncated', line: 2, record: 2 }],
    ['a pretty-printed object as JSON Lines', 'pretty.json', '{\n  "a": 1\n}\n', { kind: 'object-over-lines', line: 1 }],
    ['an empty file', 'empty.json', ' \n\t\n', { kind: 'empty' }],
    ['plain text', 'notes.txt', 'Just words.', { kind: 'unknown-format' }],
    ['a number', 'number.json', '42', { kind: 'unknown-format' }],
  ])('refuses %s with the line it breaks on', async (_case, name, text, problem) => {
    expect(await problemOf(name, text)).toMatchObject(problem);
    expect(await problemOf(name, text, 1)).toMatchObject(problem);
  });

  test('refuses a JSON Lines line longer than the limit without holding it', async () => {
    async function* endless() {
      yield new TextEncoder().encode('{"a": "');
      const filler = new Uint8Array(1 << 20).fill(0x61);
      for (let sent = 0; sent <= MAX_LINE_BYTES; sent += filler.length) yield filler;
    }
    const { records } = await readFactCheckFile('big.jsonl', endless());
    await expect(records.next()).rejects.toMatchObject({ problem: { kind: 'line-too-long', line: 1, limit: MAX_LINE_BYTES } });
  });
});
