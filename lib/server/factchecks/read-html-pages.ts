import { claimReviewsIn, findJsonLdBlocks } from '@/lib/matching/factchecks/find-json-ld';
import { FactCheckFileError, type ByteChunks, type FactCheckRecord } from './factcheck-file';
import { splitLines } from './split-lines';

/** A saved article page is well below this; the whole page is held to read its JSON-LD. */
export const MAX_PAGE_BYTES = 20_000_000;

const PAGE_END = /<\/html\s*>/i;

/**
 * The ClaimReview objects of saved HTML pages, and each `application/ld+json` block that is not
 * JSON (marked unreadable). A file may hold several pages one after another (each ends with
 * `</html>`); only one page is held at a time.
 */
export async function* readHtmlPages(chunks: ByteChunks): AsyncGenerator<FactCheckRecord> {
  const decoder = new TextDecoder();
  let page = 0;
  let record = 0;
  /** The page so far, in whole lines, and the line being read. */
  let pageText = '';
  let lineText = '';
  let bytes = 0;
  let startLine = 1;
  let sawText = false;

  function* recordsOf(html: string, line: number): Generator<FactCheckRecord> {
    if (!html.trim()) return;
    sawText = true;
    page++;
    for (const block of findJsonLdBlocks(html)) {
      if (!block.ok) {
        record++;
        yield { value: null, place: { record, line, page }, unreadable: true };
        continue;
      }
      for (const value of claimReviewsIn(block.value)) {
        record++;
        yield { value, place: { record, line, page } };
      }
    }
  }

  for await (const piece of splitLines(chunks)) {
    if (!pageText.trim() && !lineText) startLine = piece.line;
    bytes += piece.bytes.length;
    if (bytes > MAX_PAGE_BYTES) throw new FactCheckFileError({ kind: 'page-too-large', line: startLine, page: page + 1, limit: MAX_PAGE_BYTES });
    lineText += decoder.decode(piece.bytes, { stream: true });
    if (!piece.lineEnds) continue;
    // Pages end with </html>: searched for in the new line only, so a long page costs its length once.
    let end = PAGE_END.exec(lineText);
    const pageEnded = Boolean(end);
    while (end) {
      const cut = end.index + end[0].length;
      yield* recordsOf(pageText + lineText.slice(0, cut), startLine);
      pageText = '';
      lineText = lineText.slice(cut);
      startLine = piece.line;
      end = PAGE_END.exec(lineText);
    }
    pageText += lineText;
    lineText = '';
    if (pageEnded) bytes = Buffer.byteLength(pageText);
  }
  yield* recordsOf(pageText + lineText + decoder.decode(), startLine);
  if (!sawText) throw new FactCheckFileError({ kind: 'empty' });
}
