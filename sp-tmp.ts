import { readJsonArray } from '@/lib/server/factchecks/read-json-array';
const enc = new TextEncoder();
async function* from(...parts: string[]) { for (const p of parts) yield enc.encode(p); }
async function run(name: string, ...parts: string[]) {
  const got: unknown[] = [];
  try { for await (const r of readJsonArray(from(...parts))) got.push([r.place, r.value]); console.log(name, 'ok', JSON.stringify(got)); }
  catch (e) { console.log(name, 'ERR', (e as Error).message, JSON.stringify(got)); }
}
(async () => {
  await run('plain', '[{"a":1},\n {"b":2}\n]\n');
  await run('split', '[{"a":', '1},\n {"b"', ':2}\n,\n', '3]');
  await run('trunc', '[{"a":1},\n {"b":2', '\n');
  await run('trunc2', '[{"a":1},\n');
  await run('bad', '[{"a":1},\n {"b" 2}]');
  await run('obj', '{"a":1}');
  await run('empty', '  \n ');
  await run('trail', '[1]\n x');
  await run('trailws', '[1]\n \n');
  await run('utf8', '[{"a":"', new TextDecoder().decode(new Uint8Array([0xc3])), '"}]');
})();
