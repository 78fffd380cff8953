import { db } from '@/lib/db';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { previewReport } from '@/lib/server/reports/preview-report';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { newContext, signInAs, useBrowser } from '../support/browser';
import { DESK_CORRECTION_NOTE, demoPeople, publishThroughDesk, withdrawThroughDesk } from '../support/report-desk';
import { createApprovedClaims, createArticleWithApprovedClaims } from '../support/report-factories';

const browser = useBrowser();
const HOSTILE = '</script><script>window.pwned=1</script>';

afterAll(() => db.$disconnect());

/** The German demo article with at least three approved claims (the workflow's demo seed approves some; until then, this does). */
async function germanDemoArticle(): Promise<{ id: string; url: string | null }> {
  const article = await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLES[0].title }, select: { id: true, url: true } });
  const reportable = await db.claim.count({ where: { articleId: article.id, status: { in: ['APPROVED', 'PUBLISHED'] } } });
  if (reportable < 3) {
    const { editor, checker } = await demoPeople();
    await createApprovedClaims(article.id, { editorId: editor.id, checkerId: checker.id }, [
      { text: 'Nach Angaben der Stadtverwaltung überqueren jeden Tag rund 24.000 Fahrzeuge die Brücke, darunter etwa 1.800 Lastwagen.', speaker: 'Stadtverwaltung', rating: 'mostly-true' },
      { text: 'Die Reparatur soll nach ersten Schätzungen knapp 2,5 Millionen Euro kosten.', rating: 'missing-context' },
      { text: 'Der Stadtrat hatte den Bau der Halle im Jahr 2018 mit 31 zu 12 Stimmen beschlossen.', rating: 'true' },
    ]);
  }
  return article;
}

let demoReportPath = '';

describe('the verification report', () => {
  test('an editor publishes the demo article’s report from its approved claims', async () => {
    const article = await germanDemoArticle();
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    demoReportPath = await publishThroughDesk(page, article.id);
    expect(demoReportPath).toMatch(/^\/reports\/[a-z0-9-]+$/);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Version \d+ is published\.$/);
    await context.close();
  });

  test('the demo report, published again, is a correction: dated corrections box and the earlier version at its own address', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(demoReportPath);
    const correction = page.locator('aside.corrections li', { hasText: DESK_CORRECTION_NOTE });
    await expect(correction.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\d/);
    const earlier = page.locator(`a[href$="${demoReportPath}/v/1"]`);
    expect(await earlier.count()).toBeGreaterThan(0);
    await earlier.first().click();
    await page.waitForURL(new RegExp(`${demoReportPath}/v/1$`));
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
    await context.close();
  });

  test('an anonymous reader sees each claim with its rating, follows a claim’s anchor, and gets no script to run', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const response = await page.goto(demoReportPath);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    const claims = page.locator('section.claim');
    const count = await claims.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let index = 0; index < count; index++) {
      const claim = claims.nth(index);
      expect(await claim.getAttribute('id')).toBe(`claim-${index + 1}`);
      await expect(claim.locator('blockquote').textContent()).resolves.not.toBe('');
      await expect(claim.locator('.verdict .badge').textContent()).resolves.toMatch(/\S/);
    }

    await page.locator('nav.toc a[href="#claim-2"]').click();
    await page.waitForURL(/#claim-2$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-2');
    expect(await page.locator('script[src]').count()).toBe(0);
    await context.close();
  });

  test('the page’s JSON-LD parses and holds one complete ClaimReview per claim', async () => {
    const article = await germanDemoArticle();
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(demoReportPath);
    const scripts = page.locator('script[type="application/ld+json"]');
    expect(await scripts.count()).toBe(1);
    const reviews = JSON.parse((await scripts.textContent()) ?? '') as Array<{ url: string; claimReviewed: string; reviewRating: object }>;
    expect(reviews).toHaveLength(await page.locator('section.claim').count());
    const badges = await page.locator('section.claim .verdict .badge').allTextContents();
    reviews.forEach((review, index) => {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        author: { '@type': 'Organization', name: expect.any(String) },
        datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reviewRating: { '@type': 'Rating', alternateName: badges[index] },
        itemReviewed: { '@type': 'Claim', appearance: { url: article.url }, datePublished: '2026-11-02T07:30:00.000Z' },
      });
      expect(new URL(review.url).pathname + new URL(review.url).hash).toBe(`${demoReportPath}#claim-${index + 1}`);
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(Array.from(review.claimReviewed).length).toBeLessThanOrEqual(75);
      if ('ratingValue' in review.reviewRating) expect(review.reviewRating).toMatchObject({ bestRating: expect.any(Number), worstRating: expect.any(Number) });
    });
    await context.close();
  });

  describe('a report whose claim is hostile', () => {
    let articleId = '';
    let path = '';

    beforeAll(async () => {
      const { editor, checker } = await demoPeople();
      const { article, claims } = await createArticleWithApprovedClaims({ editorId: editor.id, checkerId: checker.id }, [
        { text: HOSTILE, speaker: '<!-- Sprecher', rating: 'false', explanation: '<img src=x onerror="window.pwned=2">' },
      ]);
      articleId = article.id;
      await saveReportDraft({ articleId, headline: 'Ein Test mit feindlichem Text', summary: '<b>fett?</b>', language: 'de', claimIds: claims.map((claim) => claim.id) }, editor);
      const preview = await previewReport(articleId);
      const { slug } = await publishReport({ articleId, fingerprint: preview?.fingerprint ?? '', correctionNote: null }, editor);
      path = `/reports/${slug}`;
    });

    test('shows the claim as text and never runs it', async () => {
      const context = await newContext(browser());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(path);
      await expect(page.locator('#claim-1 blockquote p').textContent()).resolves.toBe(HOSTILE);
      await expect(page.locator('#claim-1 .explanation').textContent()).resolves.toBe('<img src=x onerror="window.pwned=2">');
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(1);
      const [review] = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(review).toMatchObject({ claimReviewed: HOSTILE, itemReviewed: { author: { name: '<!-- Sprecher' } } });
      expect(errors).toEqual([]);
      await context.close();
    });

    test('answers 410 once an editor unpublishes it', async () => {
      const context = await newContext(browser());
      expect((await context.request.get(path)).status()).toBe(200);
      const page = await context.newPage();
      await signInAs(page, 'EDITOR');
      await withdrawThroughDesk(page, articleId, 'Testbericht, nicht für die Öffentlichkeit.');

      const anonymous = await newContext(browser());
      const gone = await anonymous.request.get(path);
      expect(gone.status()).toBe(410);
      expect(await gone.text()).toContain('Testbericht, nicht für die Öffentlichkeit.');
      expect((await anonymous.request.get(`/api/reports${path.slice('/reports'.length)}`)).status()).toBe(410);
      expect((await anonymous.request.get(`${path}/v/1`)).status()).toBe(410);
      await anonymous.close();
      await context.close();
    });
  });
});
