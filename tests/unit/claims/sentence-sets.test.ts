import { loadClaimFixtures } from '../../fixtures/claims/claim-fixtures';
import { loadSentenceSet } from '../../fixtures/claims/sentence-sets';

const dev = loadSentenceSet('dev');
const blind = loadSentenceSet('blind');
const sentences = [...dev, ...blind];
const styles = ['news', 'debate', 'social'];

describe('labelled single sentences (dev and blind splits)', () => {
  it.each(['de', 'en'] as const)('has at least 80 %s dev sentences', (language) => {
    expect(dev.filter((s) => s.language === language).length).toBeGreaterThanOrEqual(80);
  });

  it.each(['de', 'en'] as const)('has %s sentences both check-worthy and not, in every style', (language) => {
    const own = sentences.filter((s) => s.language === language);
    expect(own.filter((s) => s.checkWorthy).length).toBeGreaterThanOrEqual(30);
    expect(own.filter((s) => !s.checkWorthy).length).toBeGreaterThanOrEqual(30);
    expect(new Set(own.map((s) => s.style))).toEqual(new Set(styles));
  });

  it('holds each sentence once across both splits', () => {
    expect(new Set(sentences.map((s) => s.text)).size).toBe(sentences.length);
  });

  it('shares no sentence with the annotated paragraphs', () => {
    const paragraphs = loadClaimFixtures().flatMap((set) => set.paragraphs.map((p) => p.text));
    for (const s of sentences) expect(paragraphs.filter((p) => p.includes(s.text))).toEqual([]);
  });
});
