import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { loadClaimFixtures } from '../../fixtures/claims/claim-fixtures';

/** The shipped CLI, built from the current source, prints exactly the claims `extractClaims` finds, however many chunks it writes them in. */
const root = resolve(__dirname, '../../..');
const cli = join(root, 'generated', 'claims', 'claims-extract.cjs');
let dir = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'claims-build.mjs')], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(paragraphs: number): string {
  const german = loadClaimFixtures().find((s) => s.language === 'de');
  const texts = german ? german.paragraphs.map((p) => p.text) : [];
  return Array.from({ length: paragraphs }, (_, i) => texts[i % texts.length]).join('\n');
}

it.each([
  ['no claims', '', 0],
  ['one chunk', article(3), 1],
  ['several chunks of 2,000', article(2500), 4001],
])('prints the claims as one JSON array: %s', (_, text, atLeast) => {
  const file = join(dir, 'article.txt');
  writeFileSync(file, text);
  const out = execFileSync(process.execPath, [cli, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const expected = extractClaims(text).claims;
  expect(expected.length).toBeGreaterThanOrEqual(atLeast);
  expect(out).toBe(`${JSON.stringify(expected)}\n`);
});
