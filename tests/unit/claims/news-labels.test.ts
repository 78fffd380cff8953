import { loadLabels, OPENING_LENGTH, type Split } from '../../../scripts/claims-news-labels';

const SPLITS_PRESENT: readonly Split[] = ['test', 'dev', 'train'];
const files = (['de', 'en'] as const).flatMap((language) => SPLITS_PRESENT.map((split) => loadLabels(language, split)));

describe('labelled news sentences (pointers into ../shared/corpora)', () => {
  it.each(files.map((f) => [`${f.language}-${f.split}`, f] as const))('%s keeps pointers only: openings of at most 60 characters', (_name, file) => {
    for (const a of file.articles) {
      expect(a.file).toMatch(/^[a-z]+-\d+\.txt$/);
      for (const s of a.sentences) {
        expect(s.opening.length).toBeGreaterThan(0);
        expect(s.opening.length).toBeLessThanOrEqual(OPENING_LENGTH);
      }
    }
  });

  it.each(files.map((f) => [`${f.language}-${f.split}`, f] as const))('%s marks borderline sentences as not check-worthy and holds finite quantities', (_name, file) => {
    for (const s of file.articles.flatMap((a) => a.sentences)) {
      if (s.borderline) expect(s.checkWorthy).toBe(false);
      for (const q of s.quantities) {
        expect(Number.isFinite(q.value)).toBe(true);
        if (q.max !== undefined) expect(q.max).toBeGreaterThan(q.value);
      }
    }
  });

  it.each(['de', 'en'] as const)('%s: no article is in two splits', (language) => {
    const seen = SPLITS_PRESENT.flatMap((split) => loadLabels(language, split).articles.map((a) => a.file));
    expect(new Set(seen).size).toBe(seen.length);
  });
});
