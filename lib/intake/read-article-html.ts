import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-to-text';

/** What a web page says about the article it carries; the person checks it before saving. */
export interface ArticleDraft {
  title: string | null;
  author: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, as a date field takes it. */
  publishedAt: string | null;
  body: string;
}

const BYLINE_PREFIX = /^\s*(by|von)\s+/i;
const TITLE_SEPARATOR = /\s+[|–—·-]\s+/;

function clean(value: string | null | undefined, max: number): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}

/** "Neue Brücke | Tagesblatt" → "Neue Brücke" when the tail names the outlet. */
function withoutOutlet(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const parts = title.split(TITLE_SEPARATOR);
  const tail = parts[parts.length - 1]?.toLowerCase() ?? '';
  return parts.length > 1 && tail && outlet.toLowerCase().includes(tail) ? parts.slice(0, -1).join(' – ') : title;
}

function dateOnly(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  if (!match?.[1]) return null;
  return Number.isNaN(Date.parse(match[1])) ? null : match[1];
}

function metaContent(document: Document, names: string[]): string | null {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
    if (value?.trim()) return value;
  }
  return null;
}

/**
 * The main text of an HTML page (Mozilla's Readability, as in Firefox's reader view) with the
 * page's title, author, outlet and date. Falls back to the whole body for pages that are not
 * articles. Nothing in the page runs: linkedom parses markup and never executes scripts.
 */
export function readArticleHtml(html: string): ArticleDraft {
  const { document } = parseHTML(html);
  // Readability takes the document apart, so everything else is read first.
  const publishedMeta = metaContent(document, ['article:published_time', 'datePublished', 'date', 'dc.date']);
  const outletMeta = metaContent(document, ['og:site_name', 'application-name']);
  const pageTitle = clean(document.querySelector('title')?.textContent, 300);
  const fallbackBody = document.body ? htmlToText(document.body) : '';
  const article = new Readability<string>(document, { serializer: (node) => htmlToText(node) }).parse();
  const outlet = clean(article?.siteName ?? outletMeta, 120);
  const author = clean(article?.byline?.replace(BYLINE_PREFIX, ''), 200);
  return {
    title: withoutOutlet(clean(article?.title, 300) ?? pageTitle, outlet),
    author,
    outlet,
    publishedAt: dateOnly(article?.publishedTime) ?? dateOnly(publishedMeta),
    body: withoutByline(article?.content?.trim() ? article.content : fallbackBody, author),
  };
}

/** Drops a first paragraph that only repeats the byline ("Von Jana Berg"): it is not a claim. */
function withoutByline(body: string, author: string | null): string {
  if (!author) return body;
  const end = body.indexOf('\n\n');
  const first = end < 0 ? body : body.slice(0, end);
  return end > 0 && first.replace(BYLINE_PREFIX, '').trim() === author ? body.slice(end + 2) : body;
}
