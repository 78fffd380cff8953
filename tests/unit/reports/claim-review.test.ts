import { buildClaimReviews, claimReviewed, reviewRating } from '@/lib/reports/claim-review';
import { serializeJsonLd } from '@/lib/reports/json-ld';
import { reportUrls } from '@/lib/reports/published-report';
import { ratingBounds, speakerKind } from '@/lib/reports/report-snapshot';
import { BASE_URL, FIRST_VERSION, SCALE, SECOND_VERSION, publishedReport, rating } from './report-fixture';

describe('buildClaimReviews', () => {
  const report = publishedReport([
    { text: 'Täglich überqueren 24.000 Fahrzeuge die Brücke.', speaker: 'Karin Vogt', rating: rating('mostly-false') },
    { text: 'Die Stadtverwaltung meldet 1.800 Lastwagen.', speaker: 'Stadtverwaltung Lindenau', entities: [{ text: 'Stadtverwaltung Lindenau', kind: 'organisation' }], rating: rating('unproven') },
  ]);
  const [first, second] = buildClaimReviews(report, reportUrls(BASE_URL, report));

  test('fills every field Google reads, in the report language, from the scale and the settings', () => {
    expect(first).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt#claim-1',
      claimReviewed: 'Täglich überqueren 24.000 Fahrzeuge die Brücke.',
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: 'Größtenteils falsch' },
      author: { '@type': 'Organization', name: 'Faktencheck Lindenau', url: 'https://faktencheck.example/' },
      datePublished: '2026-12-01T12:00:00.000Z',
      inLanguage: 'de',
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://rundschau.example/lindenau/bruecke',
          headline: 'Brückensperrung in Lindenau',
          publisher: { '@type': 'Organization', name: 'Lindenauer Rundschau' },
        },
        author: { '@type': 'Person', name: 'Karin Vogt' },
        datePublished: '2026-11-02T07:30:00.000Z',
      },
    });
  });

  test('names an organisation that made the claim as one, and gives a rating without a value only its name', () => {
    expect(second?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Stadtverwaltung Lindenau' });
    expect(second?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unbelegt' });
    expect(second?.url).toMatch(/#claim-2$/);
  });

  test('leaves out what is not known: no speaker, no article address, no article date', () => {
    const bare = publishedReport([{ text: 'Ohne Urheber.' }]);
    bare.snapshot.article = { ...bare.snapshot.article, url: null, publishedAt: null };
    const [review] = buildClaimReviews(bare, reportUrls(BASE_URL, bare));
    expect(review?.itemReviewed).toEqual({ '@type': 'Claim' });
  });

  test('keeps the first publication date after a correction and adds when it was modified', () => {
    const corrected = publishedReport([{ text: 'Eine Zahl.' }], { versions: [FIRST_VERSION, SECOND_VERSION] });
    const [review] = buildClaimReviews(corrected, reportUrls(BASE_URL, corrected));
    expect(review).toMatchObject({ datePublished: FIRST_VERSION.publishedAt, dateModified: SECOND_VERSION.publishedAt });
  });

  test('points an old version’s claims at that version’s own address', () => {
    const old = publishedReport([{ text: 'Eine Zahl.' }], { versions: [FIRST_VERSION, SECOND_VERSION], shown: 1 });
    const [review] = buildClaimReviews(old, reportUrls(BASE_URL, old));
    expect(review?.url).toBe('https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt/v/1#claim-1');
  });
});

describe('claimReviewed', () => {
  const long = 'Die Reparatur der Elsterbrücke soll nach ersten Schätzungen knapp 2,5 Millionen Euro kosten, doppelt so viel wie geplant.';
  test.each([
    ['a short claim stays as it is', 'Die Brücke ist gesperrt.', 'Die Brücke ist gesperrt.'],
    ['exactly 75 characters stay', 'x'.repeat(75), 'x'.repeat(75)],
    ['whitespace and line breaks become single spaces', '  Die Brücke\n\nist   gesperrt. ', 'Die Brücke ist gesperrt.'],
    ['a long claim is cut at a word with an ellipsis', long, 'Die Reparatur der Elsterbrücke soll nach ersten Schätzungen knapp 2,5…'],
    ['one endless word is cut inside it', 'y'.repeat(100), `${'y'.repeat(74)}…`],
    ['an emoji at the cut is never split', `${'z'.repeat(73)}😀😀😀`, `${'z'.repeat(73)}😀…`],
  ])('%s', (_case, text, expected) => {
    const result = claimReviewed(text);
    expect(result).toBe(expected);
    expect(Array.from(result).length).toBeLessThanOrEqual(75);
  });

  test('never contains the rating', () => {
    const report = publishedReport([{ text: long, rating: rating('false') }]);
    const [review] = buildClaimReviews(report, reportUrls(BASE_URL, report));
    expect(review?.claimReviewed).not.toMatch(/falsch/i);
  });
});

describe('ratings from the scale', () => {
  test.each(SCALE.map((entry) => [entry.key, entry] as const))('%s maps to its value and label in both languages', (_key, entry) => {
    const bounds = ratingBounds(SCALE);
    for (const [language, label] of [['de', entry.labelDe], ['en', entry.labelEn]] as const) {
      const report = publishedReport([{ text: 'Eine Zahl.', rating: entry }], { draft: { language } });
      const claim = report.snapshot.claims[0];
      if (!claim) throw new Error('No claim');
      const expected = entry.value === null ? { '@type': 'Rating', alternateName: label } : { '@type': 'Rating', ratingValue: entry.value, bestRating: 6, worstRating: 1, alternateName: label };
      expect(reviewRating(claim.rating, bounds)).toEqual(expected);
    }
  });

  test.each([
    ['the seeded scale', SCALE, { best: 6, worst: 1 }],
    ['a scale an admin renumbered', [{ value: 10 }, { value: 0 }, { value: null }, { value: 5 }], { best: 10, worst: 0 }],
    ['a scale without values', [{ value: null }], { best: null, worst: null }],
  ])('the ends of %s', (_case, scale, expected) => {
    expect(ratingBounds(scale)).toEqual(expected);
  });

  test('gives no number when the scale has none', () => {
    expect(reviewRating({ key: 'false', label: 'Falsch', value: 1 }, { best: null, worst: null })).toEqual({ '@type': 'Rating', alternateName: 'Falsch' });
  });
});

describe('speakerKind', () => {
  test.each([
    ['no entities', 'Karin Vogt', [], 'Person'],
    ['a person entity', 'Karin Vogt', [{ text: 'Karin Vogt', kind: 'person' }], 'Person'],
    ['an organisation entity of the same name', 'die Stadtverwaltung', [{ text: 'Die Stadtverwaltung', kind: 'organisation' }], 'Organization'],
    ['an organisation of another name', 'Karin Vogt', [{ text: 'Stadtrat', kind: 'organisation' }], 'Person'],
    ['entities that are not a list', 'Stadtrat', { kind: 'organisation' }, 'Person'],
  ])('%s', (_case, speaker, entities, expected) => {
    expect(speakerKind(speaker, entities)).toBe(expected);
  });
});

describe('serializeJsonLd', () => {
  const hostile = [
    '</script><script>window.pwned=1</script>',
    '<!-- <script>',
    'Tom & Jerry > Itchy',
    'line\u2028separator\u2029paragraph',
    '</SCRIPT>',
  ];

  test.each(hostile)('%j cannot end the script element and parses back unchanged', (text) => {
    const json = serializeJsonLd({ claimReviewed: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ claimReviewed: text });
  });

  test('a ClaimReview built from hostile text stays inside its script element', () => {
    const report = publishedReport([{ text: hostile[0] ?? '', speaker: '<!--', verdictExplanation: '</script>' }]);
    const json = serializeJsonLd(buildClaimReviews(report, reportUrls(BASE_URL, report)));
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json)[0].itemReviewed.author.name).toBe('<!--');
  });
});
