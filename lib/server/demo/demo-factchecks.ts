/**
 * Other outlets' fact-checks for the demo newsroom, as schema.org ClaimReview objects (the form
 * the import reads). Written for Factdesk: outlets, places, people and figures are invented.
 * Some check what the demo articles claim, two of them in the other language; some are near
 * misses (same names, other figures) and some are about something else altogether.
 */

interface DemoReview {
  url: string;
  claimReviewed: string;
  inLanguage: 'de' | 'en';
  datePublished: string;
  reviewBody: string;
  author: { name: string; url: string };
  rating: { alternateName: string; ratingValue: number };
  claim: { author: string; datePublished: string };
}

const FAKTENLAGE = { name: 'Faktenlage', url: 'https://faktenlage.example' };
const PRUEFSTAND = { name: 'Prüfstand Ost', url: 'https://pruefstand-ost.example' };
const VERITY = { name: 'Verity Desk', url: 'https://veritydesk.example' };
const COASTLINE = { name: 'Coastline Fact Review', url: 'https://coastline-facts.example' };

const REVIEWS: DemoReview[] = [
  {
    url: 'https://faktenlage.example/2026/lindenau-elsterbruecke-verkehr',
    claimReviewed: 'Über die Elsterbrücke in Lindenau fahren jeden Tag rund 24.000 Fahrzeuge, etwa 1.800 davon sind Lastwagen.',
    inLanguage: 'de',
    datePublished: '2026-09-24',
    reviewBody: 'Die Verkehrszählung der Stadt vom Frühjahr kommt auf durchschnittlich 23.900 Fahrzeuge am Tag, darunter gut 1.800 Lastwagen. Die Angabe stimmt.',
    author: FAKTENLAGE,
    rating: { alternateName: 'Richtig', ratingValue: 5 },
    claim: { author: 'Stadtverwaltung Lindenau', datePublished: '2026-09-20' },
  },
  {
    url: 'https://pruefstand-ost.example/faktencheck/elsterbruecke-reparaturkosten',
    claimReviewed: 'Die Reparatur der Elsterbrücke in Lindenau kostet 2,5 Millionen Euro.',
    inLanguage: 'de',
    datePublished: '2026-10-12',
    reviewBody: 'Das Gutachten nennt eine Spanne von 2,3 bis 2,6 Millionen Euro. Eine feste Summe gibt es erst nach der Ausschreibung; die Zahl ist also eine Schätzung.',
    author: PRUEFSTAND,
    rating: { alternateName: 'Größtenteils richtig', ratingValue: 4 },
    claim: { author: 'Karin Vogt', datePublished: '2026-10-05' },
  },
  {
    url: 'https://faktenlage.example/2026/elsterbruecke-sperrung-dauer',
    claimReviewed: 'Die Sperrung der Elsterbrücke in Lindenau soll 90 Tage dauern.',
    inLanguage: 'de',
    datePublished: '2026-10-30',
    reviewBody: 'Die Stadt hat keine Sperrung von drei Monaten angekündigt. Geplant ist eine Prüfung nach dem ersten Monat.',
    author: FAKTENLAGE,
    rating: { alternateName: 'Falsch', ratingValue: 1 },
    claim: { author: 'Beitrag in einem sozialen Netzwerk', datePublished: '2026-10-28' },
  },
  {
    url: 'https://veritydesk.example/checks/lindenau-town-hall-vote',
    claimReviewed: "Lindenau's city council voted 31 to 12 in 2018 to build the new town hall.",
    inLanguage: 'en',
    datePublished: '2026-11-04',
    reviewBody: 'The council minutes confirm the vote and its result. Whether the hall took money meant for the bridge is a separate question the minutes do not answer.',
    author: VERITY,
    rating: { alternateName: 'True', ratingValue: 5 },
    claim: { author: 'Tobias Renner', datePublished: '2026-11-02' },
  },
  {
    url: 'https://veritydesk.example/checks/lindenau-bridge-piers',
    claimReviewed: 'Mayor Karin Vogt, 58, says an engineering report found cracks in three of the five piers of the Elster bridge.',
    inLanguage: 'en',
    datePublished: '2026-11-05',
    reviewBody: 'The report describes cracks in three piers and spalling on a fourth, which the mayor did not mention.',
    author: VERITY,
    rating: { alternateName: 'Mostly true', ratingValue: 4 },
    claim: { author: 'Karin Vogt', datePublished: '2026-11-02' },
  },
  {
    url: 'https://pruefstand-ost.example/faktencheck/harbor-city-wasserverluste',
    claimReviewed: 'Harbor City hat im vergangenen Jahr mehr als 9 Milliarden Gallonen Wasser durch undichte Leitungen verloren.',
    inLanguage: 'de',
    datePublished: '2026-11-01',
    reviewBody: 'Der Jahresbericht des Versorgers weist 9,3 Milliarden Gallonen als nicht abgerechnetes Wasser aus, den größten Teil davon durch Lecks.',
    author: PRUEFSTAND,
    rating: { alternateName: 'Größtenteils richtig', ratingValue: 4 },
    claim: { author: 'Rosa Delgado', datePublished: '2026-10-28' },
  },
  {
    url: 'https://coastline-facts.example/2026/north-fork-reservoir-level',
    claimReviewed: 'The North Fork reservoir that supplies Harbor City is at 38 percent of its capacity.',
    inLanguage: 'en',
    datePublished: '2026-10-20',
    reviewBody: "The regional water authority's weekly gauge put the reservoir at 38 percent in mid-October, its lowest reading in a decade.",
    author: COASTLINE,
    rating: { alternateName: 'True', ratingValue: 5 },
    claim: { author: 'Regional water authority', datePublished: '2026-10-18' },
  },
  {
    url: 'https://coastline-facts.example/2026/harbor-city-water-bills',
    claimReviewed: 'Households in Harbor City pay an average of $64 a month for water.',
    inLanguage: 'en',
    datePublished: '2026-09-30',
    reviewBody: 'Utility billing data gives a median of $61 and a mean of $64; large households pay well above that.',
    author: COASTLINE,
    rating: { alternateName: 'Mostly true', ratingValue: 4 },
    claim: { author: 'Harbor City utility', datePublished: '2026-09-25' },
  },
  {
    url: 'https://veritydesk.example/checks/harbor-city-rate-rise-2021',
    claimReviewed: 'Harbor City raised its water rates by 8 percent in 2021.',
    inLanguage: 'en',
    datePublished: '2026-06-15',
    reviewBody: 'The 2021 increase was 5 percent, followed by 3 percent a year later.',
    author: VERITY,
    rating: { alternateName: 'False', ratingValue: 1 },
    claim: { author: 'Campaign flyer', datePublished: '2026-06-10' },
  },
  {
    url: 'https://coastline-facts.example/2026/driest-summer-since-1895',
    claimReviewed: 'This summer was the driest in Harbor City since records began in 1895.',
    inLanguage: 'en',
    datePublished: '2026-09-12',
    reviewBody: 'Rainfall from June to August was the lowest on record, but the station moved in 1950, so the early records are not strictly comparable.',
    author: COASTLINE,
    rating: { alternateName: 'Needs context', ratingValue: 3 },
    claim: { author: 'Ellen Park', datePublished: '2026-09-08' },
  },
  {
    url: 'https://veritydesk.example/checks/ridgeport-light-rail-riders',
    claimReviewed: "Ridgeport's light-rail line carried 2 million passengers in its first year.",
    inLanguage: 'en',
    datePublished: '2026-05-02',
    reviewBody: 'The transit agency counted 1.2 million boardings in the first twelve months.',
    author: VERITY,
    rating: { alternateName: 'False', ratingValue: 1 },
    claim: { author: 'Ridgeport transit agency', datePublished: '2026-04-28' },
  },
  {
    url: 'https://faktenlage.example/2026/brandenau-kitaplaetze',
    claimReviewed: 'In Brandenau fehlen 3.000 Kita-Plätze.',
    inLanguage: 'de',
    datePublished: '2026-07-21',
    reviewBody: 'Die Bedarfsplanung des Kreises nennt 1.150 fehlende Plätze; die höhere Zahl rechnet Wartelisten doppelt.',
    author: FAKTENLAGE,
    rating: { alternateName: 'Größtenteils falsch', ratingValue: 2 },
    claim: { author: 'Elterninitiative Brandenau', datePublished: '2026-07-15' },
  },
];

/** The demo fact-checks as ClaimReview objects, as an outlet's page or feed would publish them. */
export const DEMO_FACT_CHECKS = REVIEWS.map((review) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: review.url,
  claimReviewed: review.claimReviewed,
  inLanguage: review.inLanguage,
  datePublished: review.datePublished,
  reviewBody: review.reviewBody,
  author: { '@type': 'Organization', ...review.author },
  reviewRating: { '@type': 'Rating', ...review.rating, bestRating: 5, worstRating: 1 },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Organization', name: review.claim.author },
    datePublished: review.claim.datePublished,
  },
}));
