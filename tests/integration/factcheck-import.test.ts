jest.mock('next/cache', () => require('../support/action-env').nextCache);
jest.mock('@/lib/server/i18n/describe-error', () => require('../support/action-env').describeErrorModule);
jest.mock('@/lib/server/session/current-user', () => require('../support/acting-user'));

import { importFactChecksAction } from '@/app/(desk)/admin/factchecks/actions';
import { env } from '@/lib/config/env';
import { db } from '@/lib/db';
import { sqlName } from '@/lib/server/sql-name';
import { importFactChecks, type ImportOutcome, type ImportSummary } from '@/lib/server/factchecks/import-factchecks';
import type { PublicUser } from '@/lib/server/users/user-fields';
import { actAs } from '../support/acting-user';
import { createTestUser } from '../support/factories';
import { bytesOf, claimReview, jsonLines, savedPage } from '../support/factcheck-factories';

let admin: PublicUser;

beforeAll(async () => {
  admin = await createTestUser('ADMIN');
});

afterEach(() => actAs(null));

const run = (name: string, text: string, chunkSize?: number) => importFactChecks({ name, chunks: bytesOf(text, chunkSize), importedById: admin.id });

function summaryOf(outcome: ImportOutcome): ImportSummary {
  if (!outcome.ok) throw new Error(`The import failed: ${JSON.stringify(outcome.problem)}`);
  return outcome.summary;
}

const stored = (urls: string[]) => db.externalFactCheck.count({ where: { url: { in: urls } } });
const importEvents = () => db.auditEvent.count({ where: { action: 'factchecks.imported' } });

describe('importFactChecks', () => {
  test('stores every record of a JSON array with its rating, author, dates, figures and match keys, and records the import', async () => {
    const records = [
      claimReview({ url: 'https://checks.example/array/trees' }),
      claimReview({ url: 'https://checks.example/array/bridge', claimReviewed: 'The Harwick bridge carries 24,000 vehicles a day.', inLanguage: 'en', reviewRating: { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 } }),
    ];
    const events = await importEvents();
    const summary = summaryOf(await run('checks.json', JSON.stringify(records, null, 2)));
    expect(summary).toMatchObject({ format: 'json-array', imported: 2, skippedCount: 0, refusedCount: 0 });
    const trees = await db.externalFactCheck.findUniqueOrThrow({ where: { url: 'https://checks.example/array/trees' } });
    expect(trees).toMatchObject({
      claimReviewed: 'In Auenfeld wurden 2025 rund 3.000 Bäume gepflanzt.',
      language: 'de',
      ratingLabel: 'Richtig',
      ratingValue: 5,
      ratingBest: 5,
      ratingWorst: 1,
      authorName: 'Prüfbüro Auenfeld',
      authorUrl: 'https://pruefbuero.example/',
      claimAuthor: 'Jana Beispiel',
      reviewBody: 'Das Grünflächenamt zählt 2.950 neue Bäume.',
      importedById: admin.id,
    });
    expect(trees.reviewDate?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(trees.claimDate?.toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect((trees.quantities as Array<{ value: number }>).map((quantity) => quantity.value)).toEqual(expect.arrayContaining([2025, 3000]));
    expect(trees.matchKeys).toEqual(expect.arrayContaining(['q:count:3000']));
    const bridge = await db.externalFactCheck.findUniqueOrThrow({ where: { url: 'https://checks.example/array/bridge' } });
    expect(bridge).toMatchObject({ language: 'en', ratingLabel: 'Mostly true', type: 'QUANTITY' });
    expect(await importEvents()).toBe(events + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'factchecks.imported', actorId: admin.id }, orderBy: { createdAt: 'desc' } });
    expect(event.after).toMatchObject({ file: 'checks.json', format: 'json-array', imported: 2, skipped: 0, refused: 0 });
  });

  test('reads JSON Lines and skips duplicates by URL, both already stored and twice in the file, saying where they are', async () => {
    await run('first.jsonl', jsonLines([claimReview({ url: 'https://checks.example/lines/known' })]));
    const text = jsonLines([
      claimReview({ url: 'https://checks.example/lines/new' }),
      claimReview({ url: 'https://checks.example/lines/known' }),
      claimReview({ url: 'https://checks.example/lines/new' }),
    ]);
    const summary = summaryOf(await run('second.jsonl', text));
    expect(summary).toMatchObject({ format: 'json-lines', imported: 1, skippedCount: 2, refusedCount: 0 });
    expect(summary.skipped).toEqual([
      { place: { record: 2, line: 2 }, url: 'https://checks.example/lines/known' },
      { place: { record: 3, line: 3 }, url: 'https://checks.example/lines/new' },
    ]);
    expect(await db.externalFactCheck.count({ where: { url: 'https://checks.example/lines/new' } })).toBe(1);
  });

  test('reads the ClaimReview blocks of saved HTML pages, several pages in one file, @graph included', async () => {
    const page1 = savedPage([claimReview({ url: 'https://checks.example/html/one' }), { '@type': 'NewsArticle', headline: 'Kein Faktencheck' }]);
    const page2 = savedPage([{ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Seite' }, claimReview({ url: 'https://checks.example/html/two' })] }]);
    const summary = summaryOf(await run('pages.html', page1 + page2));
    expect(summary).toMatchObject({ format: 'html', imported: 2, refusedCount: 0 });
    expect(await stored(['https://checks.example/html/one', 'https://checks.example/html/two'])).toBe(2);
  });

  test('refuses a saved page\'s ld+json block that is not JSON, saying on which page, and imports the readable ones', async () => {
    const page1 = savedPage([claimReview({ url: 'https://checks.example/html/readable' })]);
    const page2 = savedPage([]).replace('</head>', '<script type="application/ld+json">{"@type": "ClaimReview", "url": </script></head>');
    const summary = summaryOf(await run('broken.html', page1 + page2));
    expect(summary).toMatchObject({ format: 'html', imported: 1, refusedCount: 1 });
    expect(summary.refused).toEqual([{ place: { record: 2, line: page1.split('\n').length, page: 2 }, reason: 'invalid-json-ld', field: 'application/ld+json' }]);
  });

  test('refreshes the planner\'s statistics of the archive, which the candidate query reads its rare terms from', async () => {
    await run('stats.jsonl', jsonLines([1, 2, 3].map((n) => claimReview({ url: `https://checks.example/stats/${n}` }))));
    const [row] = await db.$queryRaw<Array<{ counted: number; estimated: number }>>`
      SELECT (SELECT count(*) FROM ${sqlName('ExternalFactCheck')})::int AS counted, reltuples::int AS estimated 
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'ExternalFactCheck' AND n.nspname = ${env().DATABASE_SCHEMA ?? 'public'}`;
    expect(row?.estimated).toBe(row?.counted);
  });

  test('refuses records with a javascript: or other non-http address, or without what a verdict needs, and imports the rest', async () => {
    const records = [
      claimReview({ url: 'javascript:alert(1)' }),
      claimReview({ url: 'https://checks.example/refusals/ok' }),
      claimReview({ url: 'https://checks.example/refusals/author', author: { '@type': 'Organization', name: 'Böse', url: 'javascript:alert(1)' } }),
      claimReview({ url: 'https://checks.example/refusals/no-claim', claimReviewed: '  ' }),
      claimReview({ url: 'data:text/html,<script>alert(1)</script>' }),
    ];
    const summary = summaryOf(await run('mixed.json', `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`));
    expect(summary.imported).toBe(1);
    expect(summary.refused).toEqual([
      { place: { record: 1, line: 2 }, reason: 'unsafe-url', field: 'url' },
      { place: { record: 3, line: 4 }, reason: 'unsafe-url', field: 'author.url' },
      { place: { record: 4, line: 5 }, reason: 'missing-claim-reviewed', field: 'claimReviewed' },
      { place: { record: 5, line: 6 }, reason: 'unsafe-url', field: 'url' },
    ]);
    expect(await db.externalFactCheck.count({ where: { url: { startsWith: 'javascript:' } } })).toBe(0);
    expect(await stored(['https://checks.example/refusals/ok', 'https://checks.example/refusals/author'])).toBe(1);
  });

  test('keeps text as text: markup in a claim reviewed is stored as the characters it is', async () => {
    const hostile = 'Die Brücke trägt 24.000 Autos </script><script>window.pwned=1</script>';
    summaryOf(await run('hostile.jsonl', jsonLines([claimReview({ url: 'https://checks.example/hostile', claimReviewed: hostile })])));
    expect((await db.externalFactCheck.findUniqueOrThrow({ where: { url: 'https://checks.example/hostile' } })).claimReviewed).toBe(hostile);
  });

  test('a truncated JSON array leaves nothing of the file behind and says on which line and in which record it stops', async () => {
    const records = [claimReview({ url: 'https://checks.example/cut/1' }), claimReview({ url: 'https://checks.example/cut/2' })];
    const whole = JSON.stringify(records, null, 2);
    const cut = whole.slice(0, whole.indexOf('https://checks.example/cut/2') + 10);
    const events = await importEvents();
    const outcome = await run('cut.json', cut, 17);
    expect(outcome).toEqual({ ok: false, problem: { kind: 'truncated', line: cut.split('\n').length, record: 2 } });
    expect(await stored(['https://checks.example/cut/1', 'https://checks.example/cut/2'])).toBe(0);
    expect(await importEvents()).toBe(events);
  });

  test('an array that ends before its closing bracket imports nothing', async () => {
    const text = `[${JSON.stringify(claimReview({ url: 'https://checks.example/unclosed/1' }))},\n`;
    expect(await run('unclosed.json', text)).toEqual({ ok: false, problem: { kind: 'truncated', line: 1, record: null } });
    expect(await stored(['https://checks.example/unclosed/1'])).toBe(0);
  });

  test('invalid JSON in one line of JSON Lines stops the file, and the lines before it are not kept', async () => {
    const text = `${JSON.stringify(claimReview({ url: 'https://checks.example/broken/1' }))}\n{"@type": "ClaimReview", "url" "https://checks.example/broken/2"}\n${JSON.stringify(claimReview({ url: 'https://checks.example/broken/3' }))}\n`;
    const outcome = await run('broken.jsonl', text);
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'invalid-json', line: 2, record: 2 } });
    expect(await stored(['https://checks.example/broken/1', 'https://checks.example/broken/3'])).toBe(0);
  });

  test('a last line cut off in the middle is reported as truncated', async () => {
    const last = JSON.stringify(claimReview({ url: 'https://checks.example/cutline/2' }));
    const text = `${JSON.stringify(claimReview({ url: 'https://checks.example/cutline/1' }))}\n${last.slice(0, 40)}`;
    expect(await run('cutline.jsonl', text)).toEqual({ ok: false, problem: { kind: 'truncated', line: 2, record: 2 } });
    expect(await stored(['https://checks.example/cutline/1'])).toBe(0);
  });

  test.each([
    ['empty.json', '  \n', { kind: 'empty' }],
    ['pretty.json', '{\n  "@type": "ClaimReview"\n}\n', { kind: 'object-over-lines', line: 1 }],
    ['notes.txt', 'just some words', { kind: 'unknown-format' }],
  ])('refuses %s as a whole', async (name, text, problem) => {
    expect(await run(name, text)).toEqual({ ok: false, problem });
  });

  test('streams a file of over a thousand records in small chunks (each record split across several, umlauts too) and stores them in batches', async () => {
    const records = Array.from({ length: 1200 }, (_, index) => claimReview({ url: `https://checks.example/many/${index}`, claimReviewed: `In Auenfeld wurden ${index + 1} Bäume gepflanzt.` }));
    // 61 bytes: an odd size, so chunk ends fall everywhere, inside names and two-byte letters alike (7-byte chunks took the test past its 30 s hang guard on a busy machine).
    const summary = summaryOf(await run('many.json', JSON.stringify(records), 61));
    expect(summary).toMatchObject({ imported: 1200, skippedCount: 0, refusedCount: 0 });
    expect(await db.externalFactCheck.count({ where: { url: { startsWith: 'https://checks.example/many/' } } })).toBe(1200);
  });
});

describe('importFactChecksAction', () => {
  const upload = (name: string, text: string) => {
    const data = new FormData();
    data.set('file', new File([text], name, { type: 'application/json' }));
    return importFactChecksAction(null, data);
  };

  test('an admin uploads a file and gets the summary', async () => {
    actAs(admin);
    const result = await upload('upload.jsonl', jsonLines([claimReview({ url: 'https://checks.example/upload/1' }), claimReview({ url: 'javascript:void(0)' })]));
    expect(result).toMatchObject({ ok: true, data: { ok: true, summary: { imported: 1, refusedCount: 1, refused: [{ place: { line: 2 }, reason: 'unsafe-url' }] } } });
    expect(await stored(['https://checks.example/upload/1'])).toBe(1);
  });

  test('an admin uploading a truncated file learns where, and nothing is imported', async () => {
    actAs(admin);
    const result = await upload('cut.json', `[${JSON.stringify(claimReview({ url: 'https://checks.example/upload/cut' }))}, {"url": "https://che`);
    expect(result).toMatchObject({ ok: true, data: { ok: false, problem: { kind: 'truncated', line: 1, record: 2 } } });
    expect(await stored(['https://checks.example/upload/cut'])).toBe(0);
  });

  test('refuses a file over the upload limit without reading it', async () => {
    actAs(admin);
    const result = await upload('huge.jsonl', ' '.repeat(1_000_001));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { file: 'validation.fileTooLarge' } });
  });

  test('refuses an upload without a file', async () => {
    actAs(admin);
    expect(await importFactChecksAction(null, new FormData())).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { file: 'validation.required' } });
  });

  test.each(['EDITOR', 'FACT_CHECKER'] as const)('refuses a %s, and imports nothing', async (role) => {
    actAs(await createTestUser(role));
    const result = await upload('sneaky.jsonl', jsonLines([claimReview({ url: `https://checks.example/sneaky/${role}` })]));
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await stored([`https://checks.example/sneaky/${role}`])).toBe(0);
  });

  test('refuses someone signed out', async () => {
    actAs(null);
    expect(await upload('anon.jsonl', jsonLines([claimReview()]))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});
