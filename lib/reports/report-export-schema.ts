import { z } from 'zod';

/** Raised on any change that could break a reader of the JSON export; documented in the schema itself. */
export const REPORT_EXPORT_VERSION = 1;

const timestamp = z.iso.datetime().describe('ISO 8601 timestamp (UTC).');
const optionalText = (description: string) => z.string().nullable().describe(description);
const optionalUrl = (description: string) => z.url().nullable().describe(description);

const sourceSchema = z.object({
  url: z.url().describe('The source.'),
  title: optionalText('Its title.'),
  publisher: optionalText('Who published it.'),
  accessedAt: timestamp.nullable().describe('When the fact-checker read it.'),
  archiveUrl: optionalUrl('An archived copy.'),
  stance: z.enum(['SUPPORTS', 'REFUTES', 'CONTEXT']).describe('What the source says about the claim.'),
});

const claimSchema = z.object({
  number: z.int().positive().describe('Position in the report, from 1.'),
  url: z.url().describe("The claim's section on the report page (#claim-N)."),
  text: z.string().describe('The claim as quoted.'),
  claimReviewed: z.string().max(75).describe('The claim shortened to at most 75 characters, as in the ClaimReview.'),
  speaker: z
    .object({ name: z.string(), type: z.enum(['Person', 'Organization']) })
    .nullable()
    .describe('Who made the claim, where known.'),
  rating: z
    .object({
      key: z.string().describe('Stable name of the rating on the newsroom\u2019s scale, e.g. "mostly-false".'),
      label: z.string().describe("The rating's name in the report's language."),
      value: z.int().nullable().describe('Its value on the scale (higher is truer); null outside the truth scale, e.g. unproven.'),
    })
    .describe('The verdict.'),
  explanation: z.string().describe('Why the claim got this rating.'),
  sources: z.array(sourceSchema),
  claimReview: z.record(z.string(), z.unknown()).describe('The schema.org ClaimReview for this claim, exactly as in the page\u2019s JSON-LD.'),
});

/** The JSON export of one report version (GET /api/reports/<slug>): the schema is the documentation. */
export const reportExportSchema = z
  .object({
    $schema: z.url().describe('This schema, as JSON Schema: /api/reports/schema.'),
    schemaVersion: z.literal(REPORT_EXPORT_VERSION).describe('Raised when a change could break readers.'),
    slug: z.string(),
    url: z.url().describe("The report's public page (always its current version)."),
    headline: z.string(),
    summary: z.string(),
    language: z.enum(['en', 'de']),
    version: z.int().positive().describe('The version this export shows.'),
    latestVersion: z.int().positive(),
    versionUrl: z.url().describe("This version's own page."),
    publishedAt: timestamp.describe('When this version was published.'),
    firstPublishedAt: timestamp.describe('When the report was first published.'),
    corrections: z
      .array(z.object({ version: z.int().positive(), publishedAt: timestamp, note: z.string() }))
      .describe('Corrections up to this version, newest first.'),
    versions: z.array(z.object({ number: z.int().positive(), publishedAt: timestamp, url: z.url() })).describe('Every version, oldest first.'),
    organisation: z.object({ name: z.string(), url: optionalUrl('Its website.'), logoUrl: optionalUrl('Its logo.') }).describe('The newsroom that checked the claims.'),
    article: z
      .object({
        title: z.string(),
        outlet: optionalText('Where it appeared.'),
        url: optionalUrl('Where to read it.'),
        author: optionalText('Who wrote it.'),
        publishedAt: timestamp.nullable(),
      })
      .describe('The article whose claims were checked.'),
    ratingScale: z
      .object({ best: z.int().nullable(), worst: z.int().nullable() })
      .describe("The values at the ends of the newsroom's rating scale (bestRating, worstRating)."),
    claims: z.array(claimSchema),
  })
  .describe('A Factdesk verification report: its claims with ratings, explanations and sources.');

export type ReportExport = z.infer<typeof reportExportSchema>;

let jsonSchema: Record<string, unknown> | undefined;

/** The export's JSON Schema, served beside the reports for partners (built once: it changes only with the code). */
export function reportExportJsonSchema(): Record<string, unknown> {
  jsonSchema ??= z.toJSONSchema(reportExportSchema, { target: 'draft-2020-12' });
  return jsonSchema;
}
