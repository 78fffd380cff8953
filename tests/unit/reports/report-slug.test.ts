import { slugify, uniqueSlug } from '@/lib/reports/report-slug';

describe('slugify', () => {
  test.each([
    ['Was an den Zahlen zur Brückensperrung stimmt', 'was-an-den-zahlen-zur-brueckensperrung-stimmt'],
    ['Größe, Maß und Übermaß', 'groesse-mass-und-uebermass'],
    ['Café à la crème — déjà vu?', 'cafe-a-la-creme-deja-vu'],
    ['Harbor City: water rates up 12 %', 'harbor-city-water-rates-up-12'],
    ['  --  ', 'report'],
    ['</script><script>alert(1)</script>', 'script-script-alert-1-script'],
    ['Ελληνικά και 漢字', 'report'],
    [`${'wort '.repeat(30)}`, Array(16).fill('wort').join('-')],
    ['x'.repeat(120), 'x'.repeat(80)],
  ])('%j → %j', (headline, expected) => {
    const slug = slugify(headline);
    expect(slug).toBe(expected);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(80);
  });
});

describe('uniqueSlug', () => {
  test.each([
    ['a free slug', [], 'bruecke'],
    ['a taken slug gets -2', ['bruecke'], 'bruecke-2'],
    ['the next free number', ['bruecke', 'bruecke-2', 'bruecke-3'], 'bruecke-4'],
  ])('%s', (_case, taken, expected) => {
    expect(uniqueSlug('Brücke', (slug) => taken.includes(slug))).toBe(expected);
  });

  test('never takes the address of the export schema', () => {
    expect(uniqueSlug('Schema', () => false)).toBe('schema-2');
  });
});
