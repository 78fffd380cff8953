/**
 * Text as the claim extractor and the article page want it: Unix line ends, no trailing
 * spaces, paragraphs separated by exactly one blank line, nothing invisible at either end.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
