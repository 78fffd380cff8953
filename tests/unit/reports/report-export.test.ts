import { reportUrls } from '@/lib/reports/published-report';
import { buildReportExport } from '@/lib/reports/report-export';
import { REPORT_EXPORT_VERSION, reportExportJsonSchema, reportExportSchema } from '@/lib/reports/report-export-schema';
import { BASE_URL, FIRST_VERSION, SECOND_VERSION, publishedReport, rating } from './report-fixture';

const SCHEMA_URL = `${BASE_URL}/api/reports/schema`;

describe('buildReportExport', () => {
  const report = publishedReport(
    [
      { text: 'Täglich 24.000 Fahrzeuge.', speaker: 'Karin Vogt', rating: rating('mostly-false') },
      { text: 'x'.repeat(200), rating: rating('unproven') },
    ],
    { versions: [FIRST_VERSION, SECOND_VERSION] },
  );
  const exported = buildReportExport(report, reportUrls(BASE_URL, report), SCHEMA_URL);

  test('matches its documented schema and says which version of it', () => {
    expect(reportExportSchema.parse(exported)).toEqual(exported);
    expect(exported).toMatchObject({ $schema: SCHEMA_URL, schemaVersion: REPORT_EXPORT_VERSION, version: 2, latestVersion: 2 });
  });

  test('has the ClaimReview data plus explanations, sources and the history', () => {
    const [first, second] = exported.claims;
    expect(first).toMatchObject({
      number: 1,
      url: 'https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt#claim-1',
      speaker: { name: 'Karin Vogt', type: 'Person' },
      rating: { key: 'mostly-false', label: 'Größtenteils falsch', value: 2 },
      explanation: 'Laut Landesamt sind es 18.000.',
      sources: [expect.objectContaining({ url: 'https://statistik.example/verkehr', stance: 'REFUTES' })],
      claimReview: expect.objectContaining({ '@type': 'ClaimReview', reviewRating: expect.objectContaining({ ratingValue: 2, bestRating: 6, worstRating: 1 }) }),
    });
    expect(second?.claimReviewed).toHaveLength(75);
    expect(second?.text).toHaveLength(200);
    expect(exported.corrections).toEqual([{ version: 2, publishedAt: SECOND_VERSION.publishedAt, note: 'Quelle ergänzt.' }]);
    expect(exported.versions.map((version) => version.url)).toEqual([
      'https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt/v/1',
      'https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt/v/2',
    ]);
  });
});

describe('reportExportJsonSchema', () => {
  test('is a JSON Schema that describes every field and pins the schema version', () => {
    const schema = reportExportJsonSchema() as { $schema: string; properties: Record<string, { const?: number; description?: string }>; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.schemaVersion?.const).toBe(REPORT_EXPORT_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'slug', 'claims', 'versions']));
    expect(schema.properties.claims?.description ?? JSON.stringify(schema.properties.claims)).toContain('claimReviewed');
  });
});
