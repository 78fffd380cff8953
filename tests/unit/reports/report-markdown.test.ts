import { escapeMarkdown, renderReportMarkdown } from '@/lib/reports/report-markdown';
import { reportUrls } from '@/lib/reports/published-report';
import { BASE_URL, FIRST_VERSION, SECOND_VERSION, keyText, publishedReport, rating } from './report-fixture';

describe('escapeMarkdown', () => {
  test.each([
    ['plain prose stays as it is', 'Die Stadt zählt 24.000 Fahrzeuge (2025).', 'Die Stadt zählt 24.000 Fahrzeuge (2025).'],
    ['a link cannot form', '[klick](javascript:alert(1))', '\\[klick\\](javascript:alert(1))'],
    ['an image cannot form', '![x](https://evil.example/x.png)', '!\\[x\\](https://evil.example/x.png)'],
    ['raw HTML stays text', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['an autolink stays text', '<https://evil.example>', '\\<https://evil.example\\>'],
    ['emphasis and code stay text', '*fett* _kursiv_ `code` ~~weg~~', '\\*fett\\* \\_kursiv\\_ \\`code\\` \\~\\~weg\\~\\~'],
    ['an entity stays text', '&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['a table cell stays text', 'a | b', 'a \\| b'],
    ['a heading cannot start', '# Überschrift', '\\# Überschrift'],
    ['a quote cannot start', '> zitiert', '\\> zitiert'],
    ['a list cannot start', '- eins\n+ zwei\n3. drei\n4) vier', '\\- eins\n\\+ zwei\n3\\. drei\n4\\) vier'],
    ['a setext heading cannot form', 'Titel\n===', 'Titel\n\\==='],
    ['indentation cannot make a code block', '    eingerückt', 'eingerückt'],
    ['a backslash stays a backslash', 'C:\\Pfad', 'C:\\\\Pfad'],
  ])('%s', (_case, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('renderReportMarkdown', () => {
  const report = publishedReport(
    [
      { text: 'Täglich 24.000 Fahrzeuge.', speaker: 'Karin Vogt', rating: rating('mostly-false'), verdictExplanation: 'Erster Absatz.\n\nZweiter Absatz.' },
      { text: '<img src=x onerror=alert(1)> [Link](javascript:alert(1))', rating: rating('false') },
    ],
    { versions: [FIRST_VERSION, SECOND_VERSION] },
  );
  const markdown = renderReportMarkdown(report, reportUrls(BASE_URL, report), keyText);

  test('has the headline, the article, the corrections and one section per claim with rating and sources', () => {
    expect(markdown).toMatch(/^# Was an der Brückensperrung stimmt\n/);
    expect(markdown).toContain('**checkedArticle:** [Brückensperrung in Lindenau](<https://rundschau.example/lindenau/bruecke>), Lindenauer Rundschau');
    expect(markdown).toContain('## corrections');
    expect(markdown).toContain('- **3. Dezember 2026** (versionNumber({"number":2})): Quelle ergänzt.');
    expect(markdown).toContain('## claimHeading({"number":1})');
    expect(markdown).toContain('> Täglich 24.000 Fahrzeuge.\n>\n> — Karin Vogt');
    expect(markdown).toContain('**rating:** Größtenteils falsch');
    expect(markdown).toContain('Erster Absatz.\n\nZweiter Absatz.');
    expect(markdown).toContain('1. [Verkehrszählung 2025](<https://statistik.example/verkehr>) — Statistisches Landesamt');
    expect(markdown).toContain('[archived](<https://archive.example/verkehr>)');
    expect(markdown).toContain('(<https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt#claim-2>)');
  });

  test('shows hostile claim text as text: no HTML, no link of its own', () => {
    expect(markdown).toContain('> \\<img src=x onerror=alert(1)\\> \\[Link\\](javascript:alert(1))');
    expect(markdown).not.toMatch(/(^|[^\\])<img/m);
    expect(markdown).not.toMatch(/(^|[^\\])\]\(javascript:/m);
  });
});
