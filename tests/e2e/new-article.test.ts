import type { Page } from 'playwright-core';
import { newContext, signInAs, useBrowser } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeDocx } from '../support/make-zip';

const browser = useBrowser();

// The app (scripts/test.ts) may fetch from loopback, where this file serves its pages.
let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture.close());

/** Written for this test; the town, the people and the figures are invented. */
const PASTED_GERMAN = [
  'Der Gemeinderat von Birkenwerder am See hat am Donnerstag einstimmig beschlossen, das Hallenbad an der Uferstraße zu sanieren. Die Arbeiten sollen 4,8 Millionen Euro kosten und im Mai 2027 beginnen.',
  'Nach Angaben der Gemeindeverwaltung besuchten im vergangenen Jahr rund 61.000 Menschen das Bad, 12 Prozent mehr als 2024. Bürgermeister Tobias Lindqvist sagte, ohne Sanierung müsse das Bad spätestens 2028 schließen.',
  'Der Kreis will sich mit 1,5 Millionen Euro an den Kosten beteiligen.',
].join('\n\n');

async function editorOnNewArticlePage(locale = 'en-US'): Promise<Page> {
  const context = await newContext(browser(), locale);
  const page = await context.newPage();
  await signInAs(page, 'EDITOR', 1);
  await page.goto('/articles');
  return page;
}

describe('new article', () => {
  test('an editor pastes a German article and sees its candidate claims appear on the article page', async () => {
    const page = await editorOnNewArticlePage();
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByRole('heading', { name: 'New article' }).waitFor();

    await page.getByLabel('Headline').fill('Birkenwerder saniert sein Hallenbad');
    await page.getByLabel('Outlet').fill('Seeblatt');
    await page.getByLabel('Article text').fill(PASTED_GERMAN);
    // Detected from the text while it is typed, and left to the extractor.
    await page.getByRole('option', { name: 'Detected: German' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Save and find claims' }).click();

    await page.waitForURL(/\/articles\/(?!new)[^/]+$/);
    await page.getByRole('heading', { name: 'Birkenwerder saniert sein Hallenbad' }).waitFor();
    const claims = page.locator('li[data-claim-id]').filter({ hasText: 'Candidate' });
    await claims.filter({ hasText: '4,8 Millionen Euro' }).waitFor();
    await claims.filter({ hasText: 'rund 61.000 Menschen' }).waitFor();
    expect(await claims.count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('status').filter({ hasText: /Found \d+ candidate claims\./ }).waitFor();
    await page.context().close();
  });

  test('a URL import fills the form from the page, and saving finds its claims', async () => {
    const page = await editorOnNewArticlePage();
    await page.goto('/articles/new');
    await page.getByLabel('Web address of the article').fill(`${fixture.url}/report.pdf`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('This address is not a web page (HTML).').waitFor();

    await page.getByLabel('Web address of the article').fill(`${fixture.url}/redirect?to=/article.html`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: /^Imported from 127\.0\.0\.1:\d+\./ }).waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Falkenau baut neue Muldebrücke');
    expect(await page.getByLabel('Author').inputValue()).toBe('Jana Berg');
    expect(await page.getByLabel('Outlet').inputValue()).toBe('Falkenauer Tagblatt');
    expect(await page.getByLabel('Publication date').inputValue()).toBe('2026-03-04');
    expect(await page.getByLabel('Web address of the article').inputValue()).toBe(`${fixture.url}/article.html`);
    expect(await page.getByLabel('Article text').inputValue()).toMatch(/^Der Stadtrat von Falkenau hat am Dienstag/);

    await page.getByRole('button', { name: 'Save and find claims' }).click();
    await page.getByRole('heading', { name: 'Falkenau baut neue Muldebrücke' }).waitFor();
    await page.locator('li[data-claim-id]').filter({ hasText: '12,4 Millionen Euro' }).filter({ hasText: 'Candidate' }).waitFor();
    await page.context().close();
  });

  test('in German: a private address and a missing text are refused with messages beside their fields', async () => {
    const page = await editorOnNewArticlePage('de-DE');
    await page.goto('/articles/new');
    await page.getByLabel('Webadresse des Artikels').fill('http://10.0.0.1/intern');
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByText('Diese Adresse liegt in einem privaten oder lokalen Netz, aus dem Factdesk nichts abruft.').waitFor();

    await page.getByLabel('Überschrift').fill('Ohne Text');
    await page.getByRole('button', { name: 'Speichern und Behauptungen suchen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Einige Felder' }).waitFor();
    expect(await page.getByText('Pflichtfeld.').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/articles/new');
    await page.context().close();
  });

  test('a Word file’s text fills the article text', async () => {
    const page = await editorOnNewArticlePage();
    await page.goto('/articles/new');
    const docx = makeDocx(['Die Gemeinde Birkenwerder zählt 9.400 Einwohner.', 'Das Hallenbad wurde 1974 eröffnet.']);
    await page.getByLabel('Read the text from a file').setInputFiles({ name: 'hallenbad.docx', mimeType: 'application/octet-stream', buffer: docx });
    await page.getByRole('status').filter({ hasText: 'Read hallenbad.docx.' }).waitFor();
    expect(await page.getByLabel('Article text').inputValue()).toBe('Die Gemeinde Birkenwerder zählt 9.400 Einwohner.\n\nDas Hallenbad wurde 1974 eröffnet.');
    expect(await page.getByLabel('Headline').inputValue()).toBe('hallenbad');
    await page.context().close();
  });
});
