import { CSV_COLUMNS, neutraliseFormula, renderReportCsv } from '@/lib/reports/report-csv';
import { reportUrls } from '@/lib/reports/published-report';
import { BASE_URL, publishedReport, rating } from './report-fixture';

/** A small RFC 4180 reader, so the tests look at cells the way a spreadsheet does. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const character = csv[i];
    if (quoted) {
      if (character === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') row.push(cell), (cell = '');
    else if (character === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += character;
  }
  return rows;
}

describe('neutraliseFormula', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","klick")', `'=HYPERLINK("https://evil.example","klick")`],
    ['+49 30 1234', "'+49 30 1234"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Die Stadt = Verwaltung', 'Die Stadt = Verwaltung'],
    ['24.000 Fahrzeuge', '24.000 Fahrzeuge'],
    ['', ''],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('renderReportCsv', () => {
  const report = publishedReport([
    { text: '=HYPERLINK("https://evil.example","Mehr")', speaker: '@Karin', rating: rating('mostly-false'), verdictExplanation: '-1 Fahrzeug, "genau gezählt",\nzweite Zeile' },
    { text: 'Die Reparatur kostet 2,5 Millionen Euro.', speaker: '+Stadtrat', rating: rating('unproven') },
  ]);
  const csv = renderReportCsv(report, reportUrls(BASE_URL, report));
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const [header, first, second] = rows;
  const cell = (row: string[] | undefined, column: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(column)];

  test('starts with a byte-order mark, ends lines with CRLF and has one row per claim under the header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
  });

  test('neutralises every text cell that a spreadsheet would run, in any column', () => {
    expect(cell(first, 'claim_text')).toBe(`'=HYPERLINK("https://evil.example","Mehr")`);
    expect(cell(first, 'speaker')).toBe("'@Karin");
    expect(cell(first, 'explanation')).toBe(`'-1 Fahrzeug, "genau gezählt",\nzweite Zeile`);
    expect(cell(second, 'speaker')).toBe("'+Stadtrat");
    for (const row of rows.slice(1)) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('writes the ClaimReview fields: anchor, short claim, rating from the scale', () => {
    expect(first).toEqual(
      expect.arrayContaining(['1', 'https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt#claim-1', 'Größtenteils falsch', 'mostly-false', '2', '6', '1']),
    );
    expect(cell(second, 'rating_value')).toBe('');
    expect(cell(second, 'claim_reviewed')).toBe('Die Reparatur kostet 2,5 Millionen Euro.');
    expect(cell(second, 'source_urls')).toBe('https://statistik.example/verkehr');
    expect(cell(second, 'review_date')).toBe('2026-12-01T12:00:00.000Z');
  });
});
