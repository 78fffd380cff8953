import { readClaimReview } from '../../../lib/matching/factchecks/read-claim-review';
import type { FactCheckRefusal } from '../../../lib/matching/match-types';

const valid = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example.org/2024/kasachstan-auswanderung',
  claimReviewed: 'Zwei Millionen Menschen haben 2022 Kasachstan verlassen.',
  datePublished: '2024-03-05',
  inLanguage: 'de',
  author: { '@type': 'Organization', name: 'Prüfstelle Nord', url: 'https://factcheck.example.org' },
  reviewBody: 'Die Statistikbehörde zählte 2022 rund 1,2 Millionen Ausreisen.',
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Größtenteils falsch' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Erika Beispiel' },
    datePublished: '2024-02-28',
    appearance: [{ '@type': 'CreativeWork', url: 'https://social.example.com/post/1' }],
  },
};

function without(field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  delete copy[field];
  return copy;
}

describe('readClaimReview', () => {
  it('reads a complete record', () => {
    expect(readClaimReview(valid)).toEqual({
      ok: true,
      factCheck: {
        url: 'https://factcheck.example.org/2024/kasachstan-auswanderung',
        claimReviewed: 'Zwei Millionen Menschen haben 2022 Kasachstan verlassen.',
        language: 'de',
        languageGuessed: false,
        ratingLabel: 'Größtenteils falsch',
        ratingValue: 2,
        ratingBest: 5,
        ratingWorst: 1,
        authorName: 'Prüfstelle Nord',
        authorUrl: 'https://factcheck.example.org/',
        claimAuthor: 'Erika Beispiel',
        claimDate: new Date('2024-02-28T00:00:00Z'),
        claimAppearances: ['https://social.example.com/post/1'],
        reviewDate: new Date('2024-03-05T00:00:00Z'),
        reviewBody: 'Die Statistikbehörde zählte 2022 rund 1,2 Millionen Ausreisen.',
      },
    });
  });

  it.each<[string, unknown, FactCheckRefusal, string]>([
    ['not an object', 'ClaimReview', 'not-an-object', 'record'],
    ['an array', [valid], 'not-an-object', 'record'],
    ['null', null, 'not-an-object', 'record'],
    ['another type', { ...valid, '@type': 'NewsArticle' }, 'not-a-claim-review', '@type'],
    ['no claim', without('claimReviewed'), 'missing-claim-reviewed', 'claimReviewed'],
    ['a blank claim', { ...valid, claimReviewed: '   ' }, 'missing-claim-reviewed', 'claimReviewed'],
    ['a claim too long', { ...valid, claimReviewed: 'x'.repeat(5001) }, 'claim-reviewed-too-long', 'claimReviewed'],
    ['no rating', without('reviewRating'), 'missing-rating', 'reviewRating'],
    ['a rating without label or value', { ...valid, reviewRating: { '@type': 'Rating', bestRating: 5 } }, 'missing-rating', 'reviewRating'],
    ['no author', without('author'), 'missing-author', 'author'],
    ['an author without a name', { ...valid, author: { '@type': 'Organization', url: 'https://x.example' } }, 'missing-author', 'author'],
    ['no url', without('url'), 'missing-url', 'url'],
    ['a javascript: url', { ...valid, url: 'javascript:alert(1)' }, 'unsafe-url', 'url'],
    ['a javascript: url with mixed case and a tab', { ...valid, url: ' JavaScript\t:alert(1)' }, 'unsafe-url', 'url'],
    ['a data: url', { ...valid, url: 'data:text/html,<script>alert(1)</script>' }, 'unsafe-url', 'url'],
    ['an ftp url', { ...valid, url: 'ftp://factcheck.example.org/x' }, 'unsafe-url', 'url'],
    ['a relative url', { ...valid, url: '/2024/kasachstan' }, 'invalid-url', 'url'],
    ['a javascript: author url', { ...valid, author: { ...valid.author, url: 'javascript:void(0)' } }, 'unsafe-url', 'author.url'],
    ['a javascript: appearance', { ...valid, itemReviewed: { ...valid.itemReviewed, appearance: 'javascript:x' } }, 'unsafe-url', 'itemReviewed.appearance'],
    ['no date', without('datePublished'), 'missing-date', 'datePublished'],
    ['a date that is no date', { ...valid, datePublished: 'yesterday' }, 'invalid-date', 'datePublished'],
    ['an impossible date', { ...valid, datePublished: '2024-13-45' }, 'invalid-date', 'datePublished'],
  ])('refuses %s', (_name, record, reason, field) => {
    expect(readClaimReview(record)).toEqual({ ok: false, reason, field });
  });

  it.each<[string, Record<string, unknown>, Partial<Record<string, unknown>>]>([
    ['a type list and schema IRI', { '@type': ['https://schema.org/ClaimReview'] }, {}],
    ['a numeric string rating without label', { reviewRating: { ratingValue: '1', bestRating: '5', worstRating: '1' } }, { ratingLabel: null, ratingValue: 1, ratingBest: 5, ratingWorst: 1 }],
    ['a label without value', { reviewRating: { alternateName: 'Falsch' } }, { ratingLabel: 'Falsch', ratingValue: null, ratingBest: null, ratingWorst: null }],
    ['a language tag with region', { inLanguage: 'en-GB' }, { language: 'en', languageGuessed: false }],
    ['a language object', { inLanguage: { '@type': 'Language', name: 'Deutsch' } }, { language: 'de' }],
    ['an author given as a list, organisation first', { author: [{ '@type': 'Person', name: 'Redakteurin' }, { '@type': 'Organization', name: 'Prüfstelle Nord' }] }, { authorName: 'Prüfstelle Nord', authorUrl: null }],
    ['an author given as a name', { author: 'Prüfstelle Nord' }, { authorName: 'Prüfstelle Nord', authorUrl: null }],
    ['a full timestamp', { datePublished: '2024-03-05T10:15:00+01:00' }, { reviewDate: new Date('2024-03-05T09:15:00Z') }],
    ['escaped markup, kept as text', { claimReviewed: '&lt;script&gt;alert(1)&lt;/script&gt; und   mehr' }, { claimReviewed: '<script>alert(1)</script> und mehr' }],
    ['an explanation from the rating', { reviewBody: undefined, reviewRating: { alternateName: 'Falsch', ratingExplanation: 'Die Zahl ist zu hoch.' } }, { reviewBody: 'Die Zahl ist zu hoch.' }],
    ['no explanation', { reviewBody: undefined }, { reviewBody: null }],
    ['no item reviewed', { itemReviewed: undefined }, { claimAuthor: null, claimDate: null, claimAppearances: [] }],
    ['a claim date that is no date', { itemReviewed: { datePublished: 'neulich' } }, { claimDate: null }],
  ])('accepts %s', (_name, change, expected) => {
    const result = readClaimReview({ ...valid, ...change });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.factCheck).toMatchObject(expected);
  });

  it('guesses the language when the record does not say it', () => {
    const result = readClaimReview({ ...without('inLanguage'), claimReviewed: 'The government said that two million people have left the country since the war began.' });
    expect(result).toMatchObject({ ok: true, factCheck: { language: 'en', languageGuessed: true } });
  });
});
