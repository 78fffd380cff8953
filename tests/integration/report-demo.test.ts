import { db } from '@/lib/db';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { DEMO_REPORT, seedDemoReport } from '@/lib/server/demo/seed-demo-report';
import { seedDemoData } from '@/lib/server/demo/seed-demo-data';
import { findPublicReport } from '@/lib/server/reports/find-public-report';
import { createApprovedClaims } from '../support/report-factories';

describe('the demo report', () => {
  test('is published for the German demo article from its approved claims, once', async () => {
    await seedDemoData();
    const article = await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLES[0].title }, select: { id: true, report: { select: { id: true } } } });
    if (!article.report) {
      // Until the workflow's demo seed approves claims of the article, approve three here.
      const people = { editorId: (await db.user.findUniqueOrThrow({ where: { email: 'editor@factdesk.example' } })).id, checkerId: (await db.user.findUniqueOrThrow({ where: { email: 'checker@factdesk.example' } })).id };
      await createApprovedClaims(article.id, people, [{ text: 'Eins.' }, { text: 'Zwei.', rating: 'true' }, { text: 'Drei.', rating: 'unproven' }]);
      expect(await seedDemoReport()).toBe(true);
    }

    const report = await db.report.findUniqueOrThrow({ where: { articleId: article.id }, select: { slug: true } });
    const found = await findPublicReport(report.slug);
    if (found?.state !== 'published') throw new Error('The demo report is not published');
    expect(found.report.snapshot).toMatchObject({ headline: DEMO_REPORT.headline, language: 'de' });
    expect(found.report.snapshot.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of found.report.snapshot.claims) {
      expect(claim.explanation).not.toBe('');
      expect(claim.sources.length).toBeGreaterThan(0);
    }
    expect(await seedDemoReport()).toBe(false);
    expect(await db.reportVersion.count({ where: { report: { articleId: article.id } } })).toBe(1);
  });
});
