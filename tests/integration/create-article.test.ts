import { db } from '@/lib/db';
import { createArticle } from '@/lib/server/articles/create-article';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { articleSchema } from '@/lib/validations/article';
import { createTestUser } from '../support/factories';

describe('createArticle', () => {
  test.each(DEMO_ARTICLES.map((article) => [article.language, article] as const))(
    'stores a %s article with its claims, each pointing at its words in the body',
    async (language, article) => {
      const editor = await createTestUser('EDITOR');
      const { id, claimCount } = await createArticle(articleSchema.parse(article), editor.id);

      const stored = await db.article.findUniqueOrThrow({ where: { id }, include: { claims: true } });
      expect(stored.language).toBe(language);
      expect(stored.body).toBe(article.body);
      expect(claimCount).toBeGreaterThan(2);
      expect(stored.claims).toHaveLength(claimCount);
      for (const claim of stored.claims) {
        expect(stored.body.slice(claim.startOffset, claim.endOffset)).toBe(claim.text);
        expect(claim.status).toBe('CANDIDATE');
      }
      expect(await db.auditEvent.count({ where: { entityId: id, action: 'article.created', actorId: editor.id } })).toBe(1);
    },
  );

  test('stores normalized quantities: an age in parentheses, hedged counts, money', async () => {
    const editor = await createTestUser('EDITOR');
    const german = DEMO_ARTICLES.find((article) => article.language === 'de');
    const { id } = await createArticle(articleSchema.parse(german), editor.id);
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

  test('writes nothing when a part of the write fails', async () => {
    const articlesBefore = await db.article.count();
    const input = articleSchema.parse({ title: 'Orphan', body: 'Die Stadt zählt 12.000 Einwohner.' });
    await expect(createArticle(input, 'no-such-user')).rejects.toThrow();
    expect(await db.article.count()).toBe(articlesBefore);
    expect(await db.claim.count({ where: { text: { contains: '12.000' } } })).toBe(0);
  });
});
