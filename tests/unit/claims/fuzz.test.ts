import { extractClaims } from '../../../lib/claims/extract-claims';

/**
 * Random and adversarial input for a bounded time: any exception fails, and so does any call
 * slower than a generous bound proportional to its length, which only catastrophic (super-linear)
 * behaviour such as regex backtracking would exceed. Deterministic: a fixed-seed generator.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const random = rng(20240611);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const ALPHABET = [
  'a', 'Z', 'ß', 'ü', ' ', ' ', '\n', '\n\n', '.', '. ', ',', '!', '?', '…', '"', '„', '“', '”', '»', '«', "'", '(', ')', '-', '–',
  '0', '7', '1.000', '3,5', '%', '€', '$', 'Mio.', 'z. B.', 'St.', 'Dr.', 'U.S.', '24.', 'November', 'Millionen', 'zwei',
  'rund', 'about', 'sagte', 'said', '<p>', '</p>', '<a href="x">', '&amp;', '&nbsp;', '😀', '👍🏽', '\u202e', 'مرحبا', 'שלום',
  '漢字', 'Привет', '\u0000', '\u0007', '\u200b', '\ufeff', '\ud800', '\udfff', '\t', '\r\n', 'Toqajew (69)', '30-Tage-Stopp',
];

function randomText(length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const part = pick(ALPHABET);
    parts.push(part);
    n += part.length;
  }
  return parts.join('');
}

/** Milliseconds allowed for a text of `length` characters: far above the real cost (~0.3 µs per char). */
function bound(length: number): number {
  return 200 + length / 1000;
}

function timed(text: string): number {
  const t0 = performance.now();
  const result = extractClaims(text);
  const ms = performance.now() - t0;
  for (const c of result.claims) {
    if (text.slice(c.start, c.end) !== c.text) throw new Error(`span mismatch at ${c.start}`);
    if (!(c.score >= 0 && c.score <= 1)) throw new Error(`score out of range: ${c.score}`);
  }
  return ms;
}

const ADVERSARIAL: ReadonlyArray<readonly [string, () => string]> = [
  ['10 MB of news-like prose', () => 'Die Inflation stieg im März auf 2,2 Prozent, sagte Müller. „Das ist viel“, so Roth. '.repeat(125000)],
  ['1 MB without punctuation', () => 'wort zahl 1000 und noch mehr '.repeat(36000)],
  ['1 MB without spaces', () => 'a'.repeat(1_000_000)],
  ['1 MB of digits and separators', () => '1.000,000.000,'.repeat(75000)],
  ['1 MB of full stops', () => '. '.repeat(500000)],
  ['1 MB of unclosed quotes', () => '„ " » « “ '.repeat(100000)],
  ['1 MB of HTML', () => '<div class="a"><p>Der <b>Bundestag</b> beschloss 3 Gesetze.</p></div>\n'.repeat(14000)],
  ['unterminated tags', () => '<'.repeat(200000) + '<a '.repeat(100000)],
  ['emoji only', () => '😀👍🏽🇩🇪'.repeat(100000)],
  ['right-to-left script', () => 'قال الوزير إن 3 ملايين شخص فقدوا وظائفهم. '.repeat(20000)],
  ['control characters', () => Array.from({ length: 200000 }, (_, i) => String.fromCharCode(i % 32)).join('')],
  ['mixed languages', () => 'The GDP grew 3%. Die Zahl sank. Le chômage a baissé. 失业率下降了。 '.repeat(20000)],
  ['number words without end', () => 'two hundred and '.repeat(60000)],
  ['hedges without numbers', () => 'rund etwa mehr als about more than '.repeat(30000)],
  ['abbreviations only', () => 'z. B. Dr. St. Nr. U.S. a.m. '.repeat(40000)],
  ['lone surrogates', () => '\ud800\udc00\ud800x\udfff'.repeat(100000)],
];

describe('extractClaims under random and adversarial input', () => {
  it.each(ADVERSARIAL.map(([name, make]) => [name, make] as const))('survives %s within a length-proportional time', (_name, make) => {
    const text = make();
    const ms = timed(text);
    expect(ms).toBeLessThan(bound(text.length));
  });

  it('survives random strings for a bounded time', () => {
    const deadline = performance.now() + 2000;
    let runs = 0;
    while (performance.now() < deadline) {
      const text = randomText(Math.floor(random() * 5000));
      const ms = timed(text);
      if (ms > bound(text.length)) throw new Error(`slow (${ms.toFixed(0)} ms) on ${JSON.stringify(text.slice(0, 200))}`);
      runs++;
    }
    expect(runs).toBeGreaterThan(10);
  });
});
