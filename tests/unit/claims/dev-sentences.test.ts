import { loadClaimFixtures } from '../../fixtures/claims/claim-fixtures';
import { loadDevSentences } from '../../fixtures/claims/dev-sentences';

const sentences = loadDevSentences();
const styles = ['news', 'debate', 'social'];

describe('held-out dev sentences', () => {
  it.each(['de', 'en'] as const)('has at least 80 %s sentences, both check-worthy and not, in every style', (language) => {
    const own = sentences.filter((s) => s.language === language);
    expect(own.length).toBeGreaterThanOrEqual(80);
    expect(own.filter((s) => s.checkWorthy).length).toBeGreaterThanOrEqual(30);
    expect(own.filter((s) => !s.checkWorthy).length).toBeGreaterThanOrEqual(30);
    expect(new Set(own.map((s) => s.style))).toEqual(new Set(styles));
  });

  it('holds each sentence once', () => {
    expect(new Set(sentences.map((s) => s.text)).size).toBe(sentences.length);
  });

  it('shares no sentence with the annotated paragraphs', () => {
    const paragraphs = loadClaimFixtures().flatMap((set) => set.paragraphs.map((p) => p.text));
    for (const s of sentences) expect(paragraphs.filter((p) => p.includes(s.text))).toEqual([]);
  });
});
