import { draftDate, researchDraft } from '@/lib/factchecks/research-draft';

describe('researchDraft', () => {
  test.each([
    ['de', 'Prüfbüro hat diese Behauptung am 2. März 2026 mit „Falsch“ bewertet: https://x.example/a'],
    ['de-AT', 'Prüfbüro hat diese Behauptung am 2. März 2026 mit „Falsch“ bewertet: https://x.example/a'],
    ['en', 'Prüfbüro rated this claim “Falsch” on March 2, 2026: https://x.example/a'],
    ['fr', 'Prüfbüro rated this claim “Falsch” on March 2, 2026: https://x.example/a'],
  ])('writes the attribution in the claim’s language (%s), English for others', (language, text) => {
    const date = draftDate(language, new Date('2026-03-02T00:00:00Z'));
    expect(researchDraft(language, 'fromFactCheck', { author: 'Prüfbüro', rating: 'Falsch', date, url: 'https://x.example/a' })).toBe(text);
  });

  test('keeps markup in the values as the characters it is', () => {
    expect(researchDraft('en', 'factCheckSourceTitle', { claim: '</script><b>x</b>' })).toBe('Fact-check: </script><b>x</b>');
  });
});
