import { buildClaimReviews, claimReviewed } from './claim-review';
import { html, trustedMarkup, type SafeHtml } from './html';
import { serializeJsonLd } from './json-ld';
import {
  claimAnchor,
  correctionsUpTo,
  firstPublishedAt,
  isCurrentVersion,
  type PublishedReport,
  type ReportUrls,
} from './published-report';
import type { ReportSnapshot, SnapshotClaim } from './report-snapshot';
import { REPORT_STYLES } from './report-styles';
import { shortenLine } from './shorten-line';
import type { ReportText } from './report-text';
import { safeExternalUrl } from '@/lib/text/safe-external-url';

const DESCRIPTION_LENGTH = 200;
/** The app's icon (app/icon.svg), as Next names it on the desk pages; app/favicon.ico is the fallback for browsers that ask without a link. */
const ICON_PATH = '/icon.svg';
const OG_LOCALES = { de: 'de_DE', en: 'en_GB' } as const;

export type RatingTone = 'true' | 'mixed' | 'false' | 'neutral';

/** Where the rating sits on the scale, for its colour: the truer quarter green, the falser red. */
export function ratingTone(value: number | null, { best, worst }: ReportSnapshot['ratingScale']): RatingTone {
  if (value === null || best === null || worst === null || best === worst) return 'neutral';
  const share = (value - worst) / (best - worst);
  if (share >= 0.75) return 'true';
  if (share <= 0.25) return 'false';
  return 'mixed';
}

function externalLink(url: string | null, text: string): SafeHtml {
  const safe = safeExternalUrl(url);
  return safe ? html`<a href="${safe}" rel="noopener">${text}</a>` : html`${text}`;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p>${paragraph}</p>`);

const time = (iso: string, text: string) => html`<time datetime="${iso}">${text}</time>`;

function head(report: PublishedReport, urls: ReportUrls): SafeHtml {
  const { snapshot } = report;
  const current = isCurrentVersion(report);
  const title = `${snapshot.headline} · ${snapshot.organisation.name}`;
  const description = shortenLine(snapshot.summary || snapshot.headline, DESCRIPTION_LENGTH);
  // Old versions stay readable at their own address but are not what search engines should show.
  const canonical = current ? urls.page : urls.shown;
  const jsonLd = current && trustedMarkup(serializeJsonLd(buildClaimReviews(report, urls)));
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
${!current && html`<meta name="robots" content="noindex">`}
<link rel="alternate" type="application/json" href="${urls.export('json')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${snapshot.headline}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="${snapshot.organisation.name}">
<meta property="og:locale" content="${OG_LOCALES[snapshot.language]}">
${snapshot.organisation.logoUrl && html`<meta property="og:image" content="${snapshot.organisation.logoUrl}">`}
<meta property="article:published_time" content="${firstPublishedAt(report)}">
<meta property="article:modified_time" content="${report.version.publishedAt}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${snapshot.headline}">
<meta name="twitter:description" content="${description}">
<style>${trustedMarkup(REPORT_STYLES)}</style>
${jsonLd && html`<script type="application/ld+json">${jsonLd}</script>`}
</head>`;
}

function masthead(snapshot: ReportSnapshot, { t }: ReportText): SafeHtml {
  const { name, url } = snapshot.organisation;
  const organisation = url ? html`<a class="org" href="${url}">${name}</a>` : html`<span class="org">${name}</span>`;
  return html`<header class="masthead"><div class="wrap">${organisation}<span class="kicker">${t('kicker')}</span></div></header>`;
}

function byline(report: PublishedReport, { t, date }: ReportText): SafeHtml {
  const published = firstPublishedAt(report);
  const updated =
    report.version.publishedAt !== published &&
    html` · ${time(report.version.publishedAt, t('updated', { date: date(report.version.publishedAt), number: report.version.number }))}`;
  return html`<p class="byline">${t('byOrganisation', { organisation: report.snapshot.organisation.name })} · ${time(published, t('published', { date: date(published) }))}${updated}</p>`;
}

function checkedArticle({ article }: ReportSnapshot, { t, date }: ReportText): SafeHtml {
  const details = [article.outlet, article.author && t('articleBy', { author: article.author }), article.publishedAt && date(article.publishedAt)].filter(
    (part): part is string => Boolean(part),
  );
  return html`<p class="checked"><span class="label">${t('checkedArticle')}:</span> ${externalLink(article.url, article.title)}${details.length > 0 && html` (${details.join(', ')})`}</p>`;
}

function oldVersionNotice(report: PublishedReport, urls: ReportUrls, { t, date }: ReportText): SafeHtml | false {
  if (isCurrentVersion(report)) return false;
  return html`<p class="notice" role="note">${t('oldVersion', { number: report.version.number, date: date(report.version.publishedAt) })} <a href="${urls.page}">${t('currentVersion')}</a></p>`;
}

function corrections(report: PublishedReport, { t, date }: ReportText): SafeHtml | false {
  const entries = correctionsUpTo(report);
  if (!entries.length) return false;
  return html`<aside class="box corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">${t('corrections')}</h2><ul>${entries.map(
    (entry) => html`<li><strong>${time(entry.publishedAt, date(entry.publishedAt))}</strong> (${t('versionNumber', { number: entry.number })}): ${entry.correctionNote}</li>`,
  )}</ul></aside>`;
}

function badge(claim: SnapshotClaim, scale: ReportSnapshot['ratingScale']): SafeHtml {
  return html`<strong class="badge tone-${ratingTone(claim.rating.value, scale)}">${claim.rating.label}</strong>`;
}

function contents({ claims, ratingScale }: ReportSnapshot, { t }: ReportText, link: FragmentLink): SafeHtml {
  return html`<nav class="box toc" aria-labelledby="toc-title"><h2 id="toc-title">${t('contents', { count: claims.length })}</h2><ol>${claims.map(
    (claim, index) => html`<li><a href="${link(claimAnchor(index))}">${claimReviewed(claim.text)}</a> ${badge(claim, ratingScale)}</li>`,
  )}</ol></nav>`;
}

function source(entry: SnapshotClaim['sources'][number], { t, date }: ReportText): SafeHtml {
  const details = [
    entry.publisher && html`${entry.publisher}`,
    html`${t(`stance.${entry.stance}`)}`,
    entry.accessedAt && time(entry.accessedAt, t('accessed', { date: date(entry.accessedAt) })),
    entry.archiveUrl && externalLink(entry.archiveUrl, t('archived')),
  ].filter((part): part is SafeHtml => Boolean(part));
  const separated = details.map((part, index) => (index ? html` · ${part}` : part));
  return html`<li>${externalLink(entry.url, entry.title ?? entry.url)} <span class="source-meta">— ${separated}</span></li>`;
}

function claimSection(claim: SnapshotClaim, index: number, snapshot: ReportSnapshot, text: ReportText, link: FragmentLink): SafeHtml {
  const { t } = text;
  const anchor = claimAnchor(index);
  return html`<section class="claim" id="${anchor}" aria-labelledby="${anchor}-title">
<h2 id="${anchor}-title"><a href="${link(anchor)}">${t('claimHeading', { number: index + 1 })}</a></h2>
<blockquote><p>${claim.text}</p>${claim.speaker && html`<footer>${t('saidBy', { name: claim.speaker.name })}</footer>`}</blockquote>
<p class="verdict"><span class="label">${t('rating')}:</span> ${badge(claim, snapshot.ratingScale)}</p>
<div class="explanation">${paragraphs(claim.explanation)}</div>
${claim.sources.length > 0 && html`<h3>${t('sources')}</h3><ol class="sources">${claim.sources.map((entry) => source(entry, text))}</ol>`}
<p class="permalink"><a href="${link(anchor)}">${t('linkToClaim')}</a></p>
</section>`;
}

function footer(report: PublishedReport, urls: ReportUrls, { t, date }: ReportText): SafeHtml {
  const versions = [...report.versions].reverse().map((version) => {
    const label = t('versionEntry', { number: version.number, date: date(version.publishedAt) });
    const current = version.number === report.versions.at(-1)?.number;
    const shown = version.number === report.version.number;
    const entry = shown ? html`<strong aria-current="page">${label}</strong>` : html`<a href="${current ? urls.page : urls.version(version.number)}">${label}</a>`;
    return html`<li>${entry}${current && html` (${t('current')})`}</li>`;
  });
  return html`<footer class="foot">
<section class="box" aria-labelledby="versions-title"><h2 id="versions-title">${t('versions')}</h2><ol reversed>${versions}</ol></section>
<section class="box downloads" aria-labelledby="downloads-title"><h2 id="downloads-title">${t('downloads')}</h2><ul>
<li><a href="${urls.export('markdown')}">${t('download.markdown')}</a></li>
<li><a href="${urls.export('json')}">${t('download.json')}</a></li>
<li><a href="${urls.export('csv')}">${t('download.csv')}</a></li>
</ul><p class="hint">${t('printHint')}</p></section>
<p class="print-only">${urls.shown}</p>
</footer>`;
}

/** A link to an element of the page itself. */
type FragmentLink = (id: string) => string;

/**
 * The public page of one report version: complete HTML, no script but its JSON-LD data.
 * `fragmentBase` is for the desk's preview, a srcdoc frame: there `#claim-1` would resolve
 * against the desk page's address and leave the frame, `about:srcdoc#claim-1` stays in it.
 */
export function renderReportPage(report: PublishedReport, urls: ReportUrls, text: ReportText, { fragmentBase = '' } = {}): string {
  const { snapshot } = report;
  const link: FragmentLink = (id) => `${fragmentBase}#${id}`;
  return `<!DOCTYPE html>\n${html`<html lang="${snapshot.language}">
${head(report, urls)}
<body>
<a class="skip" href="${link('claims')}">${text.t('skipToClaims')}</a>
${masthead(snapshot, text)}
<main class="wrap" id="main"><article>
<h1>${snapshot.headline}</h1>
${byline(report, text)}
${oldVersionNotice(report, urls, text)}
${checkedArticle(snapshot, text)}
<div class="summary">${paragraphs(snapshot.summary)}</div>
${corrections(report, text)}
${contents(snapshot, text, link)}
<div id="claims">${snapshot.claims.map((claim, index) => claimSection(claim, index, snapshot, text, link))}</div>
${footer(report, urls, text)}
</article></main>
</body>
</html>`}\n`;
}

/** A short page for a report that is not (or no longer) there: the 410 after unpublishing, the 404. */
export function renderReportNotice(notice: { language: string; title: string; message?: string; detail?: string | null }): string {
  return `<!DOCTYPE html>\n${html`<html lang="${notice.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="${ICON_PATH}" type="image/svg+xml"><title>${notice.title}</title><style>${trustedMarkup(REPORT_STYLES)}</style></head>
<body><main class="wrap" id="main"><h1>${notice.title}</h1>${notice.message && html`<p>${notice.message}</p>`}${notice.detail && html`<p class="box">${notice.detail}</p>`}</main></body>
</html>`}\n`;
}
