import { extractClaims } from '../../../lib/claims/extract-claims';

/**
 * Random and adversarial input: any exception fails, and so does catastrophic (super-linear or
 * blown-up) behaviour such as regex backtracking. Time is never compared with a fixed number of
 * milliseconds, which fails whenever the machine is busy: each pattern is timed against benign
 * news prose of the same length in the same test, and its text at sixteen times the length against
 * sixteen runs of the short text: linear work takes about as long either way, quadratic work
 * sixteen times as long. Both sides of each ratio take about as long, so neither is a sub-millisecond
 * figure that a timer tick or a cache miss can double. Each figure is the best of several
 * interleaved runs, so pauses of the machine (another process, a garbage collection) cannot fail
 * the test.
 * Deterministic: the random text comes from a fixed-seed generator.
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
  '漢字', 'Привет', '\u0000', '\u0007', '\u200b', '\ufeff', '\ud800', '\udfff', '\t', '\r\n', 'Präsident (69)', '30-Tage-Stopp',
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

/** `unit` repeated to exactly `length` characters. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const PROSE = 'Die Inflation stieg im März auf 2,2 Prozent, sagte Müller. „Das ist viel“, so Roth. ';
const RANDOM_UNIT = randomText(20_000);

/** Each pattern's text at a given length. */
const ADVERSARIAL: ReadonlyArray<readonly [string, (length: number) => string]> = [
  ['news-like prose', (n) => repeatTo(PROSE, n)],
  ['text without punctuation', (n) => repeatTo('wort zahl 1000 und noch mehr ', n)],
  ['text without spaces', (n) => 'a'.repeat(n)],
  ['digits and separators', (n) => repeatTo('1.000,000.000,', n)],
  ['full stops', (n) => repeatTo('. ', n)],
  ['unclosed quotes', (n) => repeatTo('„ " » « “ ', n)],
  ['HTML', (n) => repeatTo('<div class="a"><p>Der <b>Bundestag</b> beschloss 3 Gesetze.</p></div>\n', n)],
  ['unterminated tags', (n) => repeatTo('<', n / 2) + repeatTo('<a ', n / 2)],
  ['emoji only', (n) => repeatTo('😀👍🏽🇩🇪', n)],
  ['right-to-left script', (n) => repeatTo('قال الوزير إن 3 ملايين شخص فقدوا وظائفهم. ', n)],
  ['control characters', (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(i % 32)).join('')],
  ['mixed languages', (n) => repeatTo('The GDP grew 3%. Die Zahl sank. Le chômage a baissé. 失业率下降了。 ', n)],
  ['number words without end', (n) => repeatTo('two hundred and ', n)],
  ['hedges without numbers', (n) => repeatTo('rund etwa mehr als about more than ', n)],
  ['abbreviations only', (n) => repeatTo('z. B. Dr. St. Nr. U.S. a.m. ', n)],
  ['lone surrogates', (n) => repeatTo('\ud800\udc00\ud800x\udfff', n)],
  ['random fragments', (n) => repeatTo(RANDOM_UNIT, n)],
];

const SHORT = 20_000;
const FACTOR = 16;
const RUNS = 5;
/** Every pattern runs within 1.3x of prose today; a blow-up is 100x. */
const MAX_RATIO_TO_PROSE = 25;
/**
 * Sixteen times the text once takes about as long as the text sixteen times (0.6 to 1.2 on a quiet
 * machine, up to 3.5 seen on a busy one, where the long text's larger heap costs more garbage
 * collection); quadratic work takes sixteen times as long.
 */
const MAX_GROWTH = 6;

function checked(text: string): void {
  const result = extractClaims(text);
  for (const c of result.claims) {
    if (text.slice(c.start, c.end) !== c.text) throw new Error(`span mismatch at ${c.start}`);
    if (!(c.score >= 0 && c.score <= 1)) throw new Error(`score out of range: ${c.score}`);
  }
}

/** The best time of each piece of work over interleaved runs, so a slow spell hits all of them alike. */
function bestTimes(work: ReadonlyArray<() => void>): number[] {
  const best = work.map(() => Infinity);
  for (let run = 0; run < RUNS; run++) {
    work.forEach((piece, index) => {
      const started = performance.now();
      piece();
      best[index] = Math.min(best[index] ?? Infinity, performance.now() - started);
    });
  }
  return best;
}

describe('extractClaims under random and adversarial input', () => {
  beforeAll(() => checked(repeatTo(PROSE, FACTOR * SHORT)));

  it.each(ADVERSARIAL.map(([name, make]) => [name, make] as const))('runs %s in linear time, close to prose', (_name, make) => {
    const [short, long, prose] = [make(SHORT), make(FACTOR * SHORT), repeatTo(PROSE, FACTOR * SHORT)];
    const [shortTimesFactor = 0, longOnce = 0, proseOnce = 0] = bestTimes([
      () => {
        for (let run = 0; run < FACTOR; run++) checked(short);
      },
      () => checked(long),
      () => checked(prose),
    ]);
    const figures = { ratioToProse: +(longOnce / proseOnce).toFixed(2), growth: +(longOnce / Math.max(shortTimesFactor, 0.05)).toFixed(2) };
    expect(figures.ratioToProse <= MAX_RATIO_TO_PROSE && figures.growth <= MAX_GROWTH ? 'linear' : figures).toBe('linear');
  });

  it('survives 10 MB of prose', () => {
    const text = repeatTo(PROSE, 10_000_000);
    const result = extractClaims(text);
    expect(result.sentenceCount).toBeGreaterThan(100_000);
  });

  it('survives a thousand random strings with spans and scores intact', () => {
    for (let run = 0; run < 1000; run++) checked(randomText(Math.floor(random() * 5000)));
  });
});
