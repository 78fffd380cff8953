import type { ReportSnapshot } from './report-snapshot';

export interface ReportVersionSummary {
  number: number;
  /** ISO 8601. */
  publishedAt: string;
  correctionNote: string | null;
}

/** One version of a published report with what its pages need to know about the others. */
export interface PublishedReport {
  slug: string;
  snapshot: ReportSnapshot;
  version: ReportVersionSummary;
  /** Every version, oldest first; the last is the current one. */
  versions: ReportVersionSummary[];
}

export function isCurrentVersion(report: PublishedReport): boolean {
  return report.version.number === report.versions.at(-1)?.number;
}

export function firstPublishedAt(report: PublishedReport): string {
  return report.versions[0]?.publishedAt ?? report.version.publishedAt;
}

/** The corrections made up to the version shown, newest first. */
export function correctionsUpTo(report: PublishedReport): ReportVersionSummary[] {
  return report.versions
    .filter((version) => version.number <= report.version.number && version.correctionNote)
    .reverse();
}

export type ExportFormat = 'json' | 'markdown' | 'csv';

/** Every public address of a report version, built from the site's base URL. */
export interface ReportUrls {
  /** The report's address: always its current version. */
  page: string;
  /** The address of the version shown: the report's own for the current one. */
  shown: string;
  version: (number: number) => string;
  /** The claim's anchor on the page of the version shown: `#claim-1` for the first. */
  claim: (index: number) => string;
  export: (format: ExportFormat) => string;
}

export const claimAnchor = (index: number) => `claim-${index + 1}`;

const apiBase = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/api/reports`;

export function reportPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/reports/${encodeURIComponent(slug)}`;
}

export function reportApiUrl(baseUrl: string, slug: string): string {
  return `${apiBase(baseUrl)}/${encodeURIComponent(slug)}`;
}

export function reportUrls(baseUrl: string, report: PublishedReport): ReportUrls {
  const page = reportPageUrl(baseUrl, report.slug);
  const version = (number: number) => `${page}/v/${number}`;
  const current = isCurrentVersion(report);
  const shown = current ? page : version(report.version.number);
  const query = current ? '' : `?version=${report.version.number}`;
  const api = reportApiUrl(baseUrl, report.slug);
  return {
    page,
    shown,
    version,
    claim: (index) => `${shown}#${claimAnchor(index)}`,
    export: (format) => `${api}${format === 'json' ? '' : `/${format}`}${query}`,
  };
}
