import { buildClaimReview, claimReviewed } from './claim-review';
import { correctionsUpTo, firstPublishedAt, type PublishedReport, type ReportUrls } from './published-report';
import { REPORT_EXPORT_VERSION, type ReportExport } from './report-export-schema';

/** The JSON export: the ClaimReview data plus explanations, sources and the version history. */
export function buildReportExport(report: PublishedReport, urls: ReportUrls, schemaUrl: string): ReportExport {
  const { snapshot } = report;
  return {
    $schema: schemaUrl,
    schemaVersion: REPORT_EXPORT_VERSION,
    slug: report.slug,
    url: urls.page,
    headline: snapshot.headline,
    summary: snapshot.summary,
    language: snapshot.language,
    version: report.version.number,
    latestVersion: report.versions.at(-1)?.number ?? report.version.number,
    versionUrl: urls.version(report.version.number),
    publishedAt: report.version.publishedAt,
    firstPublishedAt: firstPublishedAt(report),
    corrections: correctionsUpTo(report).map((version) => ({
      version: version.number,
      publishedAt: version.publishedAt,
      note: version.correctionNote ?? '',
    })),
    versions: report.versions.map((version) => ({ number: version.number, publishedAt: version.publishedAt, url: urls.version(version.number) })),
    organisation: snapshot.organisation,
    article: snapshot.article,
    ratingScale: snapshot.ratingScale,
    claims: snapshot.claims.map((claim, index) => ({
      number: index + 1,
      url: urls.claim(index),
      text: claim.text,
      claimReviewed: claimReviewed(claim.text),
      speaker: claim.speaker && { name: claim.speaker.name, type: claim.speaker.kind },
      rating: claim.rating,
      explanation: claim.explanation,
      sources: claim.sources,
      claimReview: buildClaimReview(report, urls, claim, index),
    })),
  };
}
