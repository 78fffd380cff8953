import { correctionsUpTo, firstPublishedAt, isCurrentVersion, type PublishedReport, type ReportUrls } from './published-report';
import type { ReportText } from './report-text';

const INLINE_SPECIAL = /[\\`*_[\]<>~|&]/g;
const LINE_START_SPECIAL = /^(#|>|-|\+|=|\d+[.)])/;

/**
 * User text as literal Markdown: whatever was typed shows as typed and never becomes a link,
 * an image, raw HTML, a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(INLINE_SPECIAL, (character) => `\\${character}`)
        .replace(LINE_START_SPECIAL, (start) => (/^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`)),
    )
    .join('\n');
}

/** A link whose address cannot end the link early (URLs come from the snapshot: http(s) only, percent-encoded). */
function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](<${url}>)`;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map(escapeMarkdown).filter(Boolean);

/** The report as Markdown in its language, for newsletters, CMSs and archives. */
export function renderReportMarkdown(report: PublishedReport, urls: ReportUrls, { t, date }: ReportText): string {
  const { snapshot } = report;
  const { article } = snapshot;
  const published = firstPublishedAt(report);
  const byline = [
    t('byOrganisation', { organisation: snapshot.organisation.name }),
    t('published', { date: date(published) }),
    report.version.publishedAt !== published && t('updated', { date: date(report.version.publishedAt), number: report.version.number }),
  ].filter((part): part is string => Boolean(part));
  const articleLine = [
    article.url ? link(article.title, article.url) : escapeMarkdown(article.title),
    article.outlet && escapeMarkdown(article.outlet),
    article.publishedAt && date(article.publishedAt),
  ].filter(Boolean);

  const lines: string[] = [`# ${escapeMarkdown(snapshot.headline)}`, '', escapeMarkdown(byline.join(' · ')), ''];
  if (!isCurrentVersion(report)) lines.push(`*${escapeMarkdown(t('oldVersion', { number: report.version.number }))}* ${link(t('currentVersion'), urls.page)}`, '');
  lines.push(`**${escapeMarkdown(t('checkedArticle'))}:** ${articleLine.join(', ')}`, '');
  for (const paragraph of paragraphs(snapshot.summary)) lines.push(paragraph, '');

  const corrections = correctionsUpTo(report);
  if (corrections.length) {
    lines.push(`## ${escapeMarkdown(t('corrections'))}`, '');
    for (const correction of corrections) {
      lines.push(`- **${date(correction.publishedAt)}** (${escapeMarkdown(t('versionNumber', { number: correction.number }))}): ${escapeMarkdown(correction.correctionNote ?? '').replace(/\n/g, ' ')}`);
    }
    lines.push('');
  }

  snapshot.claims.forEach((claim, index) => {
    lines.push(`## ${escapeMarkdown(t('claimHeading', { number: index + 1 }))}`, '');
    lines.push(...escapeMarkdown(claim.text).split('\n').map((line) => `> ${line}`));
    if (claim.speaker) lines.push('>', `> — ${escapeMarkdown(claim.speaker.name)}`);
    lines.push('', `**${escapeMarkdown(t('rating'))}:** ${escapeMarkdown(claim.rating.label)}`, '');
    for (const paragraph of paragraphs(claim.explanation)) lines.push(paragraph, '');
    if (claim.sources.length) {
      lines.push(`**${escapeMarkdown(t('sources'))}:**`, '');
      claim.sources.forEach((source, number) => {
        const details = [
          source.publisher && escapeMarkdown(source.publisher),
          source.accessedAt && escapeMarkdown(t('accessed', { date: date(source.accessedAt) })),
          source.archiveUrl && link(t('archived'), source.archiveUrl),
        ].filter(Boolean);
        lines.push(`${number + 1}. ${link(source.title ?? source.url, source.url)}${details.length ? ` — ${details.join(', ')}` : ''}`);
      });
      lines.push('');
    }
    lines.push(link(t('linkToClaim'), urls.claim(index)), '');
  });

  lines.push('---', '', link(urls.shown, urls.shown), '');
  return lines.join('\n');
}
