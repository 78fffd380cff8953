import { loadClaimFixtures } from '../tests/fixtures/claims/claim-fixtures';

/**
 * News-like text of about `bytes` UTF-8 bytes in one language, built by repeating the annotated
 * fixture paragraphs (one paragraph per line, as articles arrive from the CMS).
 */
export function benchCorpus(language: 'de' | 'en', bytes: number): string {
  const set = loadClaimFixtures().find((s) => s.language === language);
  const paragraphs = set ? set.paragraphs.map((p) => p.text) : ['Die Zahl stieg um 3 Prozent.'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}
