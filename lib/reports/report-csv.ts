import { claimReviewed } from './claim-review';
import { firstPublishedAt, type PublishedReport, type ReportUrls } from './published-report';

type Cell = string | number | null;

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text: a leading apostrophe keeps `=HYPERLINK(…)` from running. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'claim_number',
  'claim_url',
  'claim_reviewed',
  'claim_text',
  'speaker',
  'speaker_type',
  'rating',
  'rating_key',
  'rating_value',
  'best_rating',
  'worst_rating',
  'explanation',
  'source_urls',
  'article_title',
  'article_url',
  'article_outlet',
  'article_date',
  'review_date',
  'report_version',
  'language',
] as const;

/**
 * One row per claim, named after the ClaimReview fields, for spreadsheets and fact-check tools.
 * RFC 4180 with CRLF line ends, and a byte-order mark so that Excel reads it as UTF-8.
 */
export function renderReportCsv(report: PublishedReport, urls: ReportUrls): string {
  const { snapshot } = report;
  const rows: Cell[][] = snapshot.claims.map((claim, index) => [
    index + 1,
    urls.claim(index),
    claimReviewed(claim.text),
    claim.text,
    claim.speaker?.name ?? null,
    claim.speaker?.kind ?? null,
    claim.rating.label,
    claim.rating.key,
    claim.rating.value,
    snapshot.ratingScale.best,
    snapshot.ratingScale.worst,
    claim.explanation,
    claim.sources.map((source) => source.url).join(' '),
    snapshot.article.title,
    snapshot.article.url,
    snapshot.article.outlet,
    snapshot.article.publishedAt,
    firstPublishedAt(report),
    report.version.number,
    snapshot.language,
  ]);
  return '\uFEFF' + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
