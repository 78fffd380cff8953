import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { htmlToText } from './html-to-text';

/** Markdown's text without its markup: headings, lists and quotes become paragraphs, links their words. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToText(document.body);
}
