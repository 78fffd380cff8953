import { claimReviewsIn, findJsonLdBlocks } from '../../../lib/matching/factchecks/find-json-ld';

const review = (n: number): Record<string, unknown> => ({
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/${n}`,
  claimReviewed: `Behauptung ${n}`,
});

const block = (json: string, type = 'application/ld+json'): string => `<script type="${type}">${json}</script>`;
/** The reviews of a page's readable blocks, as the HTML import reads them. */
const reviewsOf = (html: string) => findJsonLdBlocks(html).flatMap((b) => (b.ok ? claimReviewsIn(b.value) : []));
const page = (...parts: string[]): string => `<!doctype html><html><head><title>Faktencheck</title>${parts.join('\n')}</head><body><p>Text</p></body></html>`;

describe('the reviews in a page', () => {
  it.each<[string, string, string[]]>([
    ['one object', page(block(JSON.stringify(review(1)))), ['1']],
    ['a list', page(block(JSON.stringify([review(1), review(2)]))), ['1', '2']],
    ['an @graph', page(block(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review(3)] }))), ['3']],
    ['a review nested in another object', page(block(JSON.stringify({ '@type': 'NewsArticle', mainEntity: review(4) }))), ['4']],
    ['several blocks', page(block(JSON.stringify(review(1))), block(JSON.stringify({ '@type': 'Organization' })), block(JSON.stringify(review(2)))), ['1', '2']],
    ['a type list and the schema IRI', page(block(JSON.stringify({ ...review(5), '@type': ['https://schema.org/ClaimReview'] }))), ['5']],
    ['single-quoted, unquoted and upper-case type attributes', page(`<SCRIPT id=x TYPE='application/ld+json'>${JSON.stringify(review(6))}</SCRIPT>`, `<script type=application/ld+json>${JSON.stringify(review(7))}</script>`), ['6', '7']],
    ['a charset parameter', page(block(JSON.stringify(review(8)), 'application/ld+json; charset=utf-8')), ['8']],
    ['CDATA wrappers', page(block(`//<![CDATA[\n${JSON.stringify(review(9))}\n//]]>`)), ['9']],
    ['trailing commas', page(block('{"@type": "ClaimReview", "url": "https://factcheck.example.org/10", "claimReviewed": "x, y",}')), ['10']],
    ['an invalid block among valid ones', page(block('{"@type": "ClaimReview", "url": '), block(JSON.stringify(review(11)))), ['11']],
    ['a block that is not closed', page(block(JSON.stringify(review(1)))) + `<script type="application/ld+json">${JSON.stringify(review(12))}`, ['1', '12']],
  ])('finds reviews in %s', (_name, html, expected) => {
    expect(reviewsOf(html).map((r) => String(r.url).split('/').pop())).toEqual(expected);
  });

  it.each<[string, string]>([
    ['an ordinary script', page('<script>var claimReview = {"@type": "ClaimReview"};</script>')],
    ['another JSON type', page(block(JSON.stringify(review(1)), 'application/json'))],
    ['a block inside an HTML comment', page(`<!-- ${block(JSON.stringify(review(1)))} -->`)],
    ['a look-alike tag', page(`<scripts type="application/ld+json">${JSON.stringify(review(1))}</scripts>`)],
    ['other types only', page(block(JSON.stringify({ '@type': 'NewsArticle', headline: 'ClaimReview' })))],
    ['no markup at all', 'just text'],
    ['an empty page', ''],
    ['a tag cut off', '<script type="application/ld+json'],
  ])('finds none in %s', (_name, html) => {
    expect(reviewsOf(html)).toEqual([]);
  });

  it('keeps hostile text as it is, for the reader to treat as text', () => {
    // In a page, "</script>" inside JSON is written "<\/script>", else it would end the block.
    const json = JSON.stringify({ ...review(1), claimReviewed: 'Alles gut </script><img src=x onerror=alert(1)>' }).replace(/<\//g, '<\\/');
    const [found] = reviewsOf(page(block(json)));
    expect(found?.claimReviewed).toBe('Alles gut </script><img src=x onerror=alert(1)>');
  });
});

describe('findJsonLdBlocks', () => {
  it('numbers the blocks and marks the invalid ones', () => {
    const blocks = findJsonLdBlocks(page(block('not json'), block('[]')));
    expect(blocks).toEqual([
      { ok: false, index: 0, error: 'invalid-json' },
      { ok: true, index: 1, value: [] },
    ]);
  });
});

describe('claimReviewsIn', () => {
  it('does not walk deeper than a fact-check page needs', () => {
    let deep: unknown = review(1);
    for (let i = 0; i < 100; i++) deep = { child: deep };
    expect(claimReviewsIn(deep)).toEqual([]);
  });

  it('does not look for reviews inside a review', () => {
    expect(claimReviewsIn({ ...review(1), itemReviewed: review(2) })).toHaveLength(1);
  });
});
