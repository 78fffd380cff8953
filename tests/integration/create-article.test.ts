import { extractClaims } from '@/lib/claims/extract-claims';
import { db } from '@/lib/db';
import { createArticle } from '@/lib/server/articles/create-article';
import { extractArticleClaims } from '@/lib/server/articles/extract-article-claims';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { articleSchema } from '@/lib/validations/article';
import { createTestUser } from '../support/factories';
import { dropJobQueue, queuedExtractionJobs } from '../support/job-queue';

// The real extractor, which a test can make fail once.
jest.mock('@/lib/claims/extract-claims', () => {
  const actual = jest.requireActual('@/lib/claims/extract-claims');
  return { ...actual, extractClaims: jest.fn(actual.extractClaims) };
});

afterAll(dropJobQueue);

describe('createArticle', () => {
  test('stores the article as queued with its extraction job and audit event, and no claims yet', async () => {
    const editor = await createTestUser('EDITOR');
    const { id } = await createArticle(articleSchema.parse(DEMO_ARTICLES[0]), editor.id);

    const stored = await db.article.findUniqueOrThrow({ where: { id }, include: { claims: true } });
    expect(stored).toMatchObject({ extractionStatus: 'QUEUED', extractionError: null, extractedAt: null, createdById: editor.id });
    expect(stored.claims).toHaveLength(0);
    expect(await queuedExtractionJobs(id)).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'article.created', actorId: editor.id } })).toBe(1);
  });

  test.each([
    ['detects German when asked to', 'auto', 'Die Stadt hat im vergangenen Jahr rund 3.000 neue Bäume gepflanzt, sagte der Bürgermeister.', 'de'],
    ['detects English when asked to', 'auto', 'The council said it planted about 3,000 new trees last year, the mayor told reporters.', 'en'],
    ['keeps the language the person chose', 'en', 'Die Stadt hat im vergangenen Jahr rund 3.000 neue Bäume gepflanzt.', 'en'],
  ])('%s', async (_name, language, body, expected) => {
    const editor = await createTestUser('EDITOR');
    const { id } = await createArticle(articleSchema.parse({ title: 'Bäume', body, language }), editor.id);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).language).toBe(expected);
  });

  test('writes neither article nor job when a part of the write fails', async () => {
    const articlesBefore = await db.article.count();
    const input = articleSchema.parse({ title: 'Orphan', body: 'Die Stadt zählt 12.000 Einwohner.' });
    await expect(createArticle(input, 'no-such-user')).rejects.toThrow();
    expect(await db.article.count()).toBe(articlesBefore);
    expect(await queuedExtractionJobs()).toBe(await db.article.count({ where: { extractionStatus: 'QUEUED' } }));
  });
});

describe('extractArticleClaims', () => {
  test.each(DEMO_ARTICLES.map((article) => [article.language, article] as const))(
    'stores a %s article’s claims as candidates, each pointing at its words in the body',
    async (language, article) => {
      const editor = await createTestUser('EDITOR');
      const { id } = await createArticle(articleSchema.parse(article), editor.id);
      const outcome = await extractArticleClaims(id);

      const stored = await db.article.findUniqueOrThrow({ where: { id }, include: { claims: true } });
      expect(stored).toMatchObject({ language, extractionStatus: 'DONE', extractionError: null, extractedAt: expect.any(Date) });
      expect(outcome).toEqual({ status: 'done', claimCount: stored.claims.length });
      expect(stored.claims.length).toBeGreaterThan(2);
      for (const claim of stored.claims) {
        expect(stored.body.slice(claim.startOffset, claim.endOffset)).toBe(claim.text);
        expect(claim.status).toBe('CANDIDATE');
      }
      const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'article.claims-extracted' } });
      expect(event).toMatchObject({ actorId: null, after: { claims: stored.claims.length, language } });
    },
  );

  test('stores normalized quantities: an age in parentheses, hedged counts, money', async () => {
    const editor = await createTestUser('EDITOR');
    const german = DEMO_ARTICLES.find((article) => article.language === 'de');
    const { id } = await createArticle(articleSchema.parse(german), editor.id);
    await extractArticleClaims(id);
    const quantities = (await db.claim.findMany({ where: { articleId: id } })).flatMap(
      (claim) => claim.quantities as Array<Record<string, unknown>>,
    );
    expect(quantities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 58, unit: 'year', subject: expect.stringContaining('Karin Vogt') }),
        expect.objectContaining({ value: 24000, approx: true }),
        expect.objectContaining({ value: 2_500_000, unit: 'EUR', approx: true }),
      ]),
    );
  });

  test('stores the claims once when two workers run the same article at the same time', async () => {
    const editor = await createTestUser('EDITOR');
    const { id } = await createArticle(articleSchema.parse(DEMO_ARTICLES[1]), editor.id);
    const outcomes = await Promise.all([extractArticleClaims(id), extractArticleClaims(id)]);
    const count = await db.claim.count({ where: { articleId: id } });
    expect(outcomes.filter((outcome) => outcome.status === 'done')).toEqual([{ status: 'done', claimCount: count }]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'article.claims-extracted' } })).toBe(1);
    await expect(extractArticleClaims(id)).resolves.toEqual({ status: 'skipped' });
    expect(await db.claim.count({ where: { articleId: id } })).toBe(count);
  });

  test('records a failure with its message and stores no claims', async () => {
    const editor = await createTestUser('EDITOR');
    const { id } = await createArticle(articleSchema.parse(DEMO_ARTICLES[0]), editor.id);
    jest.mocked(extractClaims).mockImplementationOnce(() => {
      throw new Error('extractor broke');
    });
    await expect(extractArticleClaims(id)).rejects.toThrow('extractor broke');
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ extractionStatus: 'FAILED', extractionError: 'extractor broke' });
    expect(await db.claim.count({ where: { articleId: id } })).toBe(0);

    // The queue's retry then succeeds.
    await expect(extractArticleClaims(id)).resolves.toMatchObject({ status: 'done' });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ extractionStatus: 'DONE', extractionError: null });
  });
});
