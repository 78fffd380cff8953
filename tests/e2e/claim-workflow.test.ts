import type { Page } from 'playwright-core';
import { newContext, signInAs, useBrowser } from '../support/browser';

const browser = useBrowser();

/** Written for this test; the town, the people and the figures are invented. */
const ARTICLE = [
  'Die Gemeinde Rabenfurt hat im vergangenen Jahr 3,2 Millionen Euro für neue Radwege ausgegeben, doppelt so viel wie 2024.',
  'Nach Angaben des Bauamts sind damit 14 Kilometer Radweg entstanden. Bürgermeisterin Helga Stein (52) sagte, die Zahl der Radunfälle sei um 30 Prozent gesunken.',
  'Der Gemeinderat stimmte dem Programm im März mit 19 zu 4 Stimmen zu.',
].join('\n\n');

const CLAIMS = {
  money: '3,2 Millionen Euro',
  kilometres: '14 Kilometer Radweg',
  vote: 'mit 19 zu 4 Stimmen',
};

/** A whole newsroom flow across three people: a hang guard, not a speed target. */
const FLOW_TIMEOUT = 300_000;

async function signedIn(role: 'EDITOR' | 'FACT_CHECKER', index = 0): Promise<Page> {
  const context = await newContext(browser(), 'de-DE');
  const page = await context.newPage();
  await signInAs(page, role, index);
  return page;
}

const triageItem = (page: Page, words: string) => page.locator('li[data-claim-id]').filter({ hasText: words });

async function research(page: Page, articleUrl: string, words: string) {
  await page.goto(articleUrl);
  await triageItem(page, words).getByRole('link', { name: 'Behauptung öffnen' }).click();
  await page.waitForURL('**/claims/c*');
  await page.getByRole('button', { name: 'Recherche beginnen' }).click();
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).waitFor();
  await page.getByLabel('Adresse (URL)').fill('https://rabenfurt.example/haushalt/radwege-2025');
  await page.getByLabel('Titel').fill('Jahresrechnung 2025, Radwegeprogramm');
  await page.getByRole('button', { name: 'Quelle hinzufügen' }).last().click();
  await page.getByRole('link', { name: 'Jahresrechnung 2025, Radwegeprogramm' }).waitFor();
  await page.getByRole('combobox', { name: 'Bewertung' }).selectOption({ label: 'Richtig' });
  await page.getByLabel('Begründung').fill('Die Jahresrechnung weist die Ausgaben und die Länge des Programms so aus.');
  await page.getByRole('button', { name: 'Bewertung speichern' }).click();
  await page.getByText('Bewertung gespeichert.').waitFor();
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await page.getByText('In Prüfung', { exact: true }).first().waitFor();
}

describe('the claim workflow, from intake to approved verdicts, in German', () => {
  test(
    'an editor accepts three claims of a pasted article; a fact-checker assigns, researches and submits; the editor returns one and approves another',
    async () => {
      const editor = await signedIn('EDITOR');
      await editor.goto('/articles/new');
      await editor.getByLabel('Überschrift').fill('Rabenfurt baut Radwege aus');
      await editor.getByLabel('Artikeltext').fill(ARTICLE);
      await editor.getByRole('button', { name: 'Speichern und Behauptungen suchen' }).click();
      await editor.waitForURL(/\/articles\/(?!new)[^/]+$/);
      const articleUrl = editor.url();
      for (const words of Object.values(CLAIMS)) {
        await triageItem(editor, words).filter({ hasText: 'Vorschlag' }).waitFor();
        await triageItem(editor, words).getByRole('checkbox').check();
      }
      await editor.getByRole('button', { name: 'Auswahl annehmen' }).click();
      await editor.getByRole('button', { name: /^Angenommen \(3\)$/ }).waitFor();

      const checker = await signedIn('FACT_CHECKER');
      await checker.goto(articleUrl);
      for (const words of [CLAIMS.money, CLAIMS.kilometres]) await triageItem(checker, words).getByRole('checkbox').check();
      await checker.getByRole('checkbox', { name: 'Fatima Checker (ich)' }).check();
      await checker.getByRole('button', { name: 'Auswahl zuweisen' }).click();
      await triageItem(checker, CLAIMS.money).getByText('Zugewiesen an Fatima Checker').waitFor();
      await triageItem(checker, CLAIMS.kilometres).getByText('Zugewiesen an Fatima Checker').waitFor();

      await checker.reload();
      await triageItem(checker, CLAIMS.vote).getByRole('checkbox').check();
      await checker.getByRole('checkbox', { name: 'Felix Prüfer' }).check();
      await checker.getByRole('button', { name: 'Auswahl zuweisen' }).click();
      await checker.getByRole('status').filter({ hasText: '1 Behauptung zugewiesen.' }).waitFor();
      // Felix's claim now, and so out of Fatima's sight.
      await triageItem(checker, CLAIMS.vote).waitFor({ state: 'detached' });

      await research(checker, articleUrl, CLAIMS.money);
      await research(checker, articleUrl, CLAIMS.kilometres);

      await editor.goto('/review');
      await editor.getByRole('link', { name: new RegExp(CLAIMS.money) }).click();
      await editor.getByRole('button', { name: 'An Faktencheck zurückgeben' }).click();
      await editor.getByLabel(/Warum\?/).fill('Bitte die Ausgaben von 2024 als Vergleich belegen.');
      await editor.getByRole('button', { name: 'An Faktencheck zurückgeben' }).last().click();
      await editor.getByText('Zurückgegeben', { exact: true }).first().waitFor();

      await editor.goto('/review');
      await editor.getByRole('link', { name: new RegExp(CLAIMS.kilometres) }).click();
      await editor.getByRole('button', { name: 'Bewertung freigeben' }).click();
      await editor.getByText('Freigegeben', { exact: true }).first().waitFor();

      const history = editor.getByRole('region', { name: 'Verlauf' });
      for (const step of [
        'hat die Behauptung angenommen',
        'hat die Behauptung zugewiesen',
        'hat die Recherche begonnen',
        'hat eine Quelle hinzugefügt',
        'hat die Bewertung gespeichert',
        'hat die Bewertung eingereicht',
        'hat die Bewertung freigegeben',
      ]) {
        await history.getByText(step).first().waitFor();
      }

      await checker.goto('/notifications');
      const notification = (text: string, claim: string) => checker.locator('li').filter({ hasText: text }).filter({ hasText: claim });
      await notification('Eva Editor hat Ihre Behauptung zurückgegeben', CLAIMS.money).waitFor();
      await notification('Eva Editor hat Ihre Bewertung freigegeben', CLAIMS.kilometres).waitFor();
      await Promise.all([editor.context().close(), checker.context().close()]);
    },
    FLOW_TIMEOUT,
  );
});
