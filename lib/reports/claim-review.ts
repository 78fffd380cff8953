import { shortenLine } from './shorten-line';
import { firstPublishedAt, type PublishedReport, type ReportUrls } from './published-report';
import type { ReportSnapshot, SnapshotClaim } from './report-snapshot';

/** Google's fact-check guidance: claimReviewed is a short summary of the claim, under 75 characters. */
export const CLAIM_REVIEWED_MAX_LENGTH = 75;

/** The claim as ClaimReview's claimReviewed: the claim itself, shortened where it must be, never its rating. */
export function claimReviewed(text: string): string {
  return shortenLine(text, CLAIM_REVIEWED_MAX_LENGTH);
}

interface Thing {
  '@type': string;
  [property: string]: unknown;
}

export interface ClaimReview extends Thing {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  reviewRating: Thing;
  author: Thing;
  datePublished: string;
  itemReviewed: Thing;
}

/** schema.org's Rating for a verdict: the number only where the scale gives the rating one (not for "unproven"). */
export function reviewRating(rating: SnapshotClaim['rating'], scale: ReportSnapshot['ratingScale']): Thing {
  const label = { '@type': 'Rating', alternateName: rating.label };
  if (rating.value === null || scale.best === null || scale.worst === null) return label;
  return { ...label, ratingValue: rating.value, bestRating: scale.best, worstRating: scale.worst };
}

function organisation({ name, url, logoUrl }: ReportSnapshot['organisation']): Thing {
  return { '@type': 'Organization', name, ...(url && { url }), ...(logoUrl && { logo: logoUrl }) };
}

function itemReviewed(claim: SnapshotClaim, article: ReportSnapshot['article']): Thing {
  const appearance = article.url && {
    '@type': 'CreativeWork',
    url: article.url,
    headline: article.title,
    ...(article.outlet && { publisher: { '@type': 'Organization', name: article.outlet } }),
  };
  return {
    '@type': 'Claim',
    ...(appearance && { appearance }),
    ...(claim.speaker && { author: { '@type': claim.speaker.kind, name: claim.speaker.name } }),
    ...(article.publishedAt && { datePublished: article.publishedAt }),
  };
}

/** The schema.org ClaimReview of the version's claim at `index`, as Google's fact-check markup asks for. */
export function buildClaimReview(report: PublishedReport, urls: ReportUrls, claim: SnapshotClaim, index: number): ClaimReview {
  const { snapshot } = report;
  const published = firstPublishedAt(report);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: urls.claim(index),
    claimReviewed: claimReviewed(claim.text),
    reviewRating: reviewRating(claim.rating, snapshot.ratingScale),
    author: organisation(snapshot.organisation),
    datePublished: published,
    ...(report.version.publishedAt !== published && { dateModified: report.version.publishedAt }),
    inLanguage: snapshot.language,
    itemReviewed: itemReviewed(claim, snapshot.article),
  };
}

/** One ClaimReview per claim of the version, for the page's JSON-LD. */
export function buildClaimReviews(report: PublishedReport, urls: ReportUrls): ClaimReview[] {
  return report.snapshot.claims.map((claim, index) => buildClaimReview(report, urls, claim, index));
}
