import type { ByteChunks } from '@/lib/server/factchecks/factcheck-file';

/** A ClaimReview object as outlets publish it; written for these tests (invented outlets and figures). */
export function claimReview(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://checks.example/${Math.random().toString(36).slice(2, 10)}`,
    claimReviewed: 'In Auenfeld wurden 2025 rund 3.000 Bäume gepflanzt.',
    inLanguage: 'de',
    datePublished: '2026-03-02',
    reviewBody: 'Das Grünflächenamt zählt 2.950 neue Bäume.',
    author: { '@type': 'Organization', name: 'Prüfbüro Auenfeld', url: 'https://pruefbuero.example' },
    reviewRating: { '@type': 'Rating', alternateName: 'Richtig', ratingValue: 5, bestRating: 5, worstRating: 1 },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jana Beispiel' }, datePublished: '2026-02-27' },
    ...overrides,
  };
}

/** A file's text as the import reads it, cut into chunks of `size` bytes (to cross every boundary). */
export async function* bytesOf(text: string, size = 64 * 1024): ByteChunks {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

export const jsonLines = (records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';

/** A saved article page with its ClaimReview JSON-LD, as a browser's "save page" keeps it. */
export function savedPage(blocks: unknown[], title = 'Faktencheck'): string {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('\n');
  return `<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${scripts}\n</head>\n<body>\n<article><p>${title}</p></article>\n</body>\n</html>\n`;
}
