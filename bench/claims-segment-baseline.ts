/**
 * The baseline the claim extractor is measured against: split a text into sentences with
 * Intl.Segmenter, paragraph by paragraph (one call per line; Node 20's segmenter is quadratic on
 * one long string). Run as a script it does the same to a file, for the process-level comparison.
 */
import { readFileSync } from 'node:fs';

export function segmentSentences(text: string, language: string): number {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  let count = 0;
  for (const paragraph of text.split('\n')) {
    if (paragraph.length === 0) continue;
    for (const segment of segmenter.segment(paragraph)) if (segment.segment.trim()) count++;
  }
  return count;
}

if (/claims-segment-baseline\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: claims-segment-baseline <file>\n');
    process.exit(2);
  }
  const sentences = segmentSentences(readFileSync(file, 'utf8'), process.argv[3] ?? 'de');
  process.stdout.write(`${JSON.stringify({ sentences })}\n`);
}
