import type { Page } from 'playwright-core';
import { DEMO_ARTICLES } from '@/lib/server/demo/demo-articles';
import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

/** A flow across pages and people: a hang guard, not a speed target. */
const FLOW_TIMEOUT = 180_000;

const HOSTILE = 'Rund 24.000 Fahrzeuge fahren täglich über die Elsterbrücke in Lindenau, 1.800 davon Lastwagen </script><script>window.pwned=1</script>';

async function openArticle(page: Page, index: 0 | 1) {
  await page.goto('/articles');
  await page.getByRole('link', { name: DEMO_ARTICLES[index].title }).click();
  await page.waitForURL('**/articles/*');
}

const triageItem = (page: Page, words: string) => page.locator('li[data-claim-id]').filter({ hasText: words });
const panel = (page: Page) => page.getByRole('region', { name: 'Already checked' });
const matchCard = (page: Page, words: string) => panel(page).locator('li[data-match-key]').filter({ hasText: words });

describe('"Already checked"', () => {
  test('an editor sees the marks in the triage list, the matches on a claim (one across languages), links one and removes the link', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    await openArticle(page, 0);

    await triageItem(page, 'rund 24.000 Fahrzeuge').getByTestId('strong-match').waitFor();
    await triageItem(page, 'Karin Vogt (58)').getByTestId('strong-match').filter({ hasText: 'cross-language' }).waitFor();

    await triageItem(page, 'rund 24.000 Fahrzeuge').getByTestId('strong-match').click();
    await page.waitForURL('**/claims/*#already-checked');
    const card = matchCard(page, 'Über die Elsterbrücke in Lindenau fahren jeden Tag rund 24.000 Fahrzeuge');
    await card.getByText(/^Faktenlage rated it “Richtig” on Sep 2[345], 2026$/).waitFor();
    await card.getByText(/^Match \d+%$/).waitFor();
    await card.getByText(/^Same figure: rund 24\.000 = /).waitFor();
    expect(await card.getByRole('link', { name: 'Read the fact-check' }).getAttribute('href')).toBe('https://faktenlage.example/2026/lindenau-elsterbruecke-verkehr');

    await card.getByRole('button', { name: 'Link to this match' }).click();
    await card.getByText(/^Linked by Eva Editor, /).waitFor();
    await page.getByRole('region', { name: 'History' }).getByText('linked the claim to an earlier check').waitFor();

    // Taken back: asked once more, then the link goes and the history says so.
    await card.getByRole('button', { name: 'Remove link' }).click();
    await card.getByText('Remove the link to this earlier check? The history keeps a record of it.').waitFor();
    await card.getByRole('button', { name: 'Remove link' }).click();
    await card.getByText('Link removed: the history records it.').waitFor();
    await card.getByRole('button', { name: 'Link to this match' }).waitFor();
    expect(await card.getByText(/^Linked by /).count()).toBe(0);
    await page.getByRole('region', { name: 'History' }).getByText('removed the link to an earlier check').waitFor();

    await openArticle(page, 0);
    await triageItem(page, '31 zu 12 Stimmen').getByRole('link', { name: 'Open claim' }).click();
    await page.waitForURL('**/claims/*');
    const crossLanguage = matchCard(page, "Lindenau's city council voted 31 to 12 in 2018");
    await crossLanguage.getByTestId('cross-language').filter({ hasText: 'Cross-language (EN)' }).waitFor();
    await crossLanguage.getByText(/^Verity Desk rated it “True” on Nov [345], 2026$/).waitFor();
    await crossLanguage.locator('[data-reason="same-figure"]').first().waitFor();
    await context.close();
  }, FLOW_TIMEOUT);

  test('a fact-checker sees matches across languages and starts research from a fact-check: source and draft verdict with attribution', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    // Felix Prüfer researches the North Fork claim in the demo.
    await signInAs(page, 'FACT_CHECKER', 1);
    await openArticle(page, 1);
    await triageItem(page, '9 billion gallons').getByRole('link', { name: 'Open claim' }).click();
    await page.waitForURL('**/claims/*');
    const german = matchCard(page, 'Harbor City hat im vergangenen Jahr mehr als 9 Milliarden Gallonen');
    await german.getByTestId('cross-language').filter({ hasText: 'Cross-language (DE)' }).waitFor();
    await german.getByText(/^Prüfstand Ost rated it “Größtenteils richtig” on (Oct 31|Nov [12]), 2026$/).waitFor();

    await openArticle(page, 1);
    await triageItem(page, 'North Fork reservoir').getByRole('link', { name: 'Open claim' }).click();
    await page.waitForURL('**/claims/*');
    const card = matchCard(page, 'The North Fork reservoir that supplies Harbor City');
    await card.getByRole('button', { name: 'Start research from this match' }).click();
    await card.getByText('Copied: 1 source and the verdict as a draft.').waitFor();
    const sources = page.getByRole('region', { name: /^Sources/ });
    await sources.getByText('Copied from the fact-check by Coastline Fact Review').waitFor();
    await sources.getByRole('link', { name: /^Fact-check: The North Fork reservoir/ }).waitFor();
    await expect(page.getByLabel('Rating').inputValue()).resolves.toBe('rating-true');
    const explanation = page.getByLabel('Explanation');
    await expect(explanation.inputValue()).resolves.toContain('Coastline Fact Review rated this claim “True” on October 20, 2026: https://coastline-facts.example/2026/north-fork-reservoir-level');
    // A draft: the fact-checker may change it like any verdict.
    await explanation.fill('The authority’s gauge shows 38 percent; checked against its weekly report.');
    await page.getByRole('button', { name: 'Save verdict' }).click();
    await page.getByText('Verdict saved.').waitFor();
    await page.getByRole('region', { name: 'History' }).getByText('started research from an earlier check').waitFor();
    await context.close();
  }, FLOW_TIMEOUT);

  test('a hostile claim reviewed imported by an admin shows as text and never runs', async () => {
    const adminContext = await newContext(browser());
    const admin = await adminContext.newPage();
    await signInAs(admin, 'ADMIN');
    await admin.goto('/admin/factchecks');
    const records = [
      {
        '@type': 'ClaimReview',
        url: 'https://hostile.example/checks/bridge',
        claimReviewed: HOSTILE,
        datePublished: '2026-11-10',
        inLanguage: 'de',
        author: { '@type': 'Organization', name: 'Hostile <b>Outlet</b>' },
        reviewRating: { '@type': 'Rating', alternateName: '<img src=x onerror="window.pwned=2">', ratingValue: 1, bestRating: 5, worstRating: 1 },
      },
      { '@type': 'ClaimReview', url: 'javascript:window.pwned=3', claimReviewed: 'Ein Link, der Code ausführt.', datePublished: '2026-11-10', author: { name: 'X' }, reviewRating: { alternateName: 'Falsch' } },
    ];
    await admin.getByLabel('File').setInputFiles({ name: 'hostile.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(records.map((record) => JSON.stringify(record)).join('\n')) });
    await admin.getByRole('button', { name: 'Import' }).click();
    const summary = admin.getByTestId('import-summary');
    await summary.getByText('JSON Lines: imported 1, skipped 0 (already there), refused 1.').waitFor();
    await summary.getByText('Line 2: url is not an http or https address').waitFor();
    await adminContext.close();

    const context = await newContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'EDITOR');
    await openArticle(page, 0);
    await triageItem(page, 'rund 24.000 Fahrzeuge').getByRole('link', { name: 'Open claim' }).click();
    await page.waitForURL('**/claims/*');
    const card = matchCard(page, '</script><script>window.pwned=1</script>');
    await card.getByTestId('match-text').waitFor();
    expect(await card.getByTestId('match-text').textContent()).toBe(`„${HOSTILE}“`);
    await card.getByText('Hostile <b>Outlet</b> rated it “<img src=x onerror="window.pwned=2">”', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.reload();
    await matchCard(page, '</script><script>window.pwned=1</script>').waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await context.close();
  }, FLOW_TIMEOUT);
});
