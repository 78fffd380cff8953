import { escapeHtml, html } from '@/lib/reports/html';
import { reportUrls } from '@/lib/reports/published-report';
import { ratingTone, renderReportNotice, renderReportPage } from '@/lib/reports/report-page';
import { BASE_URL, FIRST_VERSION, SECOND_VERSION, keyText, publishedReport, rating } from './report-fixture';

const HOSTILE = '</script><script>window.pwned=1</script>';

function render(...args: Parameters<typeof publishedReport>) {
  const report = publishedReport(...args);
  return renderReportPage(report, reportUrls(BASE_URL, report), keyText);
}

function jsonLdOf(page: string): unknown[] {
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.[1] ?? 'null');
}

describe('html', () => {
  test.each([
    ['<b>', '&lt;b&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
  ])('escapes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
    expect(html`<p title="${text}">${text}</p>`.markup).toBe(`<p title="${expected}">${expected}</p>`);
  });

  test('keeps nested templates as markup and drops null, undefined and false', () => {
    expect(html`<ul>${['a', 'b'].map((item) => html`<li>${item}</li>`)}${null}${undefined}${false}</ul>`.markup).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});

describe('renderReportPage', () => {
  const claims = [
    { text: 'Täglich 24.000 Fahrzeuge.', speaker: 'Karin Vogt', rating: rating('mostly-false') },
    { text: HOSTILE, speaker: '<!-- Kommentar', rating: rating('true'), verdictExplanation: '<img src=x onerror=alert(1)>' },
  ];
  const page = render(claims);

  test('is a complete page in the report language with one anchored section per claim', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(page).toContain('<section class="claim" id="claim-1"');
    expect(page).toContain('<section class="claim" id="claim-2"');
    expect(page).toContain('<a href="#claim-2">');
    expect(page).toContain('<strong class="badge tone-false">Größtenteils falsch</strong>');
    expect(page).toContain('<strong class="badge tone-true">Richtig</strong>');
    expect(page).toContain(escapeHtml('saidBy({"name":"Karin Vogt"})'));
    expect(page).toContain('<a href="https://archive.example/verkehr" rel="noopener">archived</a>');
  });

  test('runs no script: the only script element is the JSON-LD data block', () => {
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  test('shows hostile text as text, everywhere it appears', () => {
    expect(page).not.toContain(HOSTILE);
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<!-- Kommentar');
    expect(page).toContain(escapeHtml(HOSTILE));
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('carries one ClaimReview per claim that parses back with the hostile claim intact', () => {
    const reviews = jsonLdOf(page) as Array<{ '@type': string; claimReviewed: string; url: string }>;
    expect(reviews.map((review) => review['@type'])).toEqual(['ClaimReview', 'ClaimReview']);
    expect(reviews[1]?.claimReviewed).toBe(HOSTILE);
    expect(reviews[1]?.url).toBe('https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt#claim-2');
  });

  test('has canonical, Open Graph and Twitter tags, and lets the current version be indexed', () => {
    expect(page).toContain('<link rel="canonical" href="https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt">');
    expect(page).toContain('<meta property="og:title" content="Was an der Brückensperrung stimmt">');
    expect(page).toContain('<meta property="og:locale" content="de_DE">');
    expect(page).toContain('<meta name="twitter:card" content="summary">');
    expect(page).not.toContain('noindex');
  });

  test('marks an old version noindex, with its own canonical address, a link to the current one and no JSON-LD', () => {
    const old = render(claims, { versions: [FIRST_VERSION, SECOND_VERSION], shown: 1 });
    expect(old).toContain('<meta name="robots" content="noindex">');
    expect(old).toContain('<link rel="canonical" href="https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt/v/1">');
    expect(old).toContain(`${escapeHtml('oldVersion({"number":1,"date":"1. Dezember 2026"})')} <a href="https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt">currentVersion</a>`);
    expect(old).not.toContain('application/ld+json');
    expect(old).not.toContain('Quelle ergänzt.');
  });

  test('shows the corrections box and every version on the current page', () => {
    const corrected = render(claims, { versions: [FIRST_VERSION, SECOND_VERSION] });
    expect(corrected).toContain('id="corrections-title">corrections</h2>');
    expect(corrected).toContain(`<time datetime="2026-12-03T12:00:00.000Z">3. Dezember 2026</time></strong> (${escapeHtml('versionNumber({"number":2})')}): Quelle ergänzt.`);
    expect(corrected).toContain('<a href="https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt/v/1">');
    expect(corrected).toContain('<link rel="canonical" href="https://factdesk.example/reports/was-an-der-brueckensperrung-stimmt">');
  });

  test('links only http(s) addresses', () => {
    const report = publishedReport([{ text: 'Eine Zahl.' }]);
    report.snapshot.article.url = 'javascript:alert(1)';
    const withBadLink = renderReportPage(report, reportUrls(BASE_URL, report), keyText);
    expect(withBadLink).not.toContain('href="javascript:');
    expect(withBadLink).toContain('checkedArticle:</span> Brückensperrung in Lindenau');
  });
});

describe('ratingTone', () => {
  test.each([
    [6, 'true'],
    [5, 'true'],
    [4, 'mixed'],
    [3, 'mixed'],
    [2, 'false'],
    [1, 'false'],
    [null, 'neutral'],
  ] as const)('value %p on the seeded scale is %s', (value, tone) => {
    expect(ratingTone(value, { best: 6, worst: 1 })).toBe(tone);
  });

  test('is neutral on a scale without values', () => {
    expect(ratingTone(3, { best: null, worst: null })).toBe('neutral');
  });
});

describe('renderReportNotice', () => {
  test('is a short page, not indexed, with the reason as text', () => {
    const notice = renderReportNotice({ language: 'de', title: 'Zurückgezogen', message: 'Am 3. Dezember.', detail: HOSTILE });
    expect(notice).toContain('<html lang="de">');
    expect(notice).toContain('<meta name="robots" content="noindex">');
    expect(notice).toContain(escapeHtml(HOSTILE));
    expect(notice).not.toContain('<script');
  });
});

describe('renderReportPage in the preview frame', () => {
  test('links its own sections through about:srcdoc, so a click stays inside the frame', () => {
    const report = publishedReport([{ text: 'Eine Zahl.' }]);
    const framed = renderReportPage(report, reportUrls(BASE_URL, report), keyText, { fragmentBase: 'about:srcdoc' });
    expect(framed).toContain('href="about:srcdoc#claim-1"');
    expect(framed).not.toContain('href="#');
  });
});
