/**
 * Synthetic claim wordings for bench:match, in German and English: news-like sentences with
 * figures, years, places and institutions (the things match keys are made of) and a long tail of
 * made-up words drawn with Zipf's law, so that full-text and trigram indexes see a vocabulary
 * shaped like a newsroom's archive rather than a handful of repeated words. Deterministic.
 */

export type BenchLanguage = 'de' | 'en';

/** mulberry32: a small seeded generator, so every run seeds the same archive. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: ReadonlyArray<[string, string]> = [
  ['Kasachstan', 'Kazakhstan'], ['Frankreich', 'France'], ['Polen', 'Poland'], ['Spanien', 'Spain'], ['Italien', 'Italy'],
  ['Österreich', 'Austria'], ['die Schweiz', 'Switzerland'], ['Schweden', 'Sweden'], ['Norwegen', 'Norway'], ['Griechenland', 'Greece'],
  ['die Türkei', 'Turkey'], ['Ungarn', 'Hungary'], ['Rumänien', 'Romania'], ['Tschechien', 'the Czech Republic'], ['Dänemark', 'Denmark'],
  ['Finnland', 'Finland'], ['Irland', 'Ireland'], ['Portugal', 'Portugal'], ['Belgien', 'Belgium'], ['die Niederlande', 'the Netherlands'],
  ['Japan', 'Japan'], ['China', 'China'], ['Indien', 'India'], ['Brasilien', 'Brazil'], ['Mexiko', 'Mexico'],
  ['Kanada', 'Canada'], ['Ägypten', 'Egypt'], ['Nigeria', 'Nigeria'], ['Kenia', 'Kenya'], ['Australien', 'Australia'],
  ['Wien', 'Vienna'], ['Warschau', 'Warsaw'], ['Prag', 'Prague'], ['Rom', 'Rome'], ['Lissabon', 'Lisbon'],
  ['Brüssel', 'Brussels'], ['Kopenhagen', 'Copenhagen'], ['Athen', 'Athens'], ['Moskau', 'Moscow'], ['Peking', 'Beijing'],
];

const INSTITUTIONS: ReadonlyArray<[string, string]> = [
  ['die Weltbank', 'the World Bank'], ['die Europäische Kommission', 'the European Commission'], ['die Vereinten Nationen', 'the United Nations'],
  ['der Internationale Währungsfonds', 'the International Monetary Fund'], ['die Weltgesundheitsorganisation', 'the World Health Organization'],
  ['die Europäische Zentralbank', 'the European Central Bank'], ['die OECD', 'the OECD'], ['die Nato', 'NATO'],
  ['das Statistische Bundesamt', 'the Federal Statistical Office'], ['die Bundesagentur für Arbeit', 'the Federal Employment Agency'],
];

const NOUNS: ReadonlyArray<[string, string]> = [
  ['Haushalte', 'households'], ['Schulen', 'schools'], ['Krankenhäuser', 'hospitals'], ['Landwirte', 'farmers'], ['Pflegekräfte', 'nurses'],
  ['Wohnungen', 'flats'], ['Unternehmen', 'companies'], ['Studierende', 'students'], ['Rentner', 'pensioners'], ['Arbeitslose', 'unemployed people'],
  ['Geflüchtete', 'refugees'], ['Lehrkräfte', 'teachers'], ['Ärztinnen und Ärzte', 'doctors'], ['Busse', 'buses'], ['Windräder', 'wind turbines'],
  ['Brücken', 'bridges'], ['Kitas', 'nurseries'], ['Polizisten', 'police officers'], ['Soldaten', 'soldiers'], ['Gemeinden', 'municipalities'],
];

const TOPICS: ReadonlyArray<[string, string]> = [
  ['Energie', 'energy'], ['Bildung', 'education'], ['Verkehr', 'transport'], ['Gesundheit', 'health'], ['Verteidigung', 'defence'],
  ['Klimaschutz', 'climate protection'], ['Wohnungsbau', 'housing'], ['Digitalisierung', 'digitalisation'], ['Landwirtschaft', 'agriculture'], ['Pflege', 'care'],
];

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'ber', 'gu', 'fen', 'ro', 'wal', 'dis', 'an', 'tel', 'mo', 'ris', 'ven', 'pa', 'lu', 'stra', 'kor', 'ni', 'bes', 'hal', 'ze', 'dor', 'fi', 'mun', 'gra', 'el', 'sto'];

/** A made-up word for each rank of the long tail: rank 0 is the most frequent. */
function tailWord(rank: number): string {
  let word = '';
  let n = rank + 31;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

const TAIL_SIZE = 40_000;

/** Zipf-distributed rank in [0, TAIL_SIZE) by inverting the continuous approximation (s = 1). */
function zipfRank(random: () => number): number {
  return Math.min(TAIL_SIZE - 1, Math.floor(Math.exp(random() * Math.log(TAIL_SIZE + 1)) - 1));
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatNumber(value: number, language: BenchLanguage): string {
  return value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB');
}

const HEAD_WORDS: Record<BenchLanguage, readonly string[]> = {
  de: ['Regierung', 'Haushalt', 'Kosten', 'Steuern', 'Preise', 'Mieten', 'Löhne', 'Renten', 'Schulden', 'Zinsen', 'Ausgaben', 'Einnahmen', 'Förderung', 'Bericht',
    'Studie', 'Umfrage', 'Gesetz', 'Reform', 'Programm', 'Plan', 'Projekt', 'Netz', 'Strom', 'Gas', 'Wasser', 'Straßen', 'Bahn', 'Flughafen', 'Hafen', 'Grenze',
    'Wahl', 'Partei', 'Minister', 'Behörde', 'Gericht', 'Polizei', 'Armee', 'Industrie', 'Handel', 'Export', 'Import', 'Markt', 'Bank', 'Versicherung', 'Klinik',
    'neue', 'hohe', 'niedrige', 'staatliche', 'private', 'öffentliche', 'jährliche', 'geplante', 'zusätzliche', 'weitere', 'deutlich', 'erstmals', 'bereits', 'kaum'],
  en: ['government', 'budget', 'costs', 'taxes', 'prices', 'rents', 'wages', 'pensions', 'debt', 'interest', 'spending', 'revenue', 'funding', 'report',
    'study', 'survey', 'law', 'reform', 'programme', 'plan', 'project', 'network', 'power', 'gas', 'water', 'roads', 'railway', 'airport', 'port', 'border',
    'election', 'party', 'minister', 'agency', 'court', 'police', 'army', 'industry', 'trade', 'exports', 'imports', 'market', 'bank', 'insurance', 'clinic',
    'new', 'high', 'low', 'state', 'private', 'public', 'annual', 'planned', 'additional', 'further', 'clearly', 'first', 'already', 'hardly'],
};

/** A content word: a common one, or one of the long tail. */
function contentWord(random: () => number, language: BenchLanguage): string {
  return random() < 0.4 ? pick(random, HEAD_WORDS[language]) : tailWord(zipfRank(random));
}

/**
 * One news-like sentence with its figures and names, in the given language, as a function of the
 * generator that fills its content words: the extractor reads a sentence's figures and names once,
 * and many rows share them with words of their own.
 */
export function benchSentence(random: () => number, language: BenchLanguage): (fill: () => number) => string {
  const side = language === 'de' ? 0 : 1;
  const place = pick(random, PLACES)[side];
  const institution = pick(random, INSTITUTIONS)[side];
  const noun = pick(random, NOUNS)[side];
  const topic = pick(random, TOPICS)[side];
  const year = 2005 + Math.floor(random() * 20);
  const count = formatNumber(Math.round((1 + random() * 98) * 10 ** (2 + Math.floor(random() * 3))), language);
  const millions = (1 + Math.floor(random() * 95)) / (random() < 0.5 ? 1 : 10);
  const millionsText = language === 'de' ? String(millions).replace('.', ',') : String(millions);
  const percent = language === 'de' ? String(1 + Math.floor(random() * 600) / 10).replace('.', ',') : String(1 + Math.floor(random() * 600) / 10);
  const days = 2 + Math.floor(random() * 88);
  const template = Math.floor(random() * 10);
  return (fill) => {
    const w = (n = 1) => Array.from({ length: n }, () => contentWord(fill, language)).join(' ');
    const de = [
      `${capitalise(institution)} meldet, ${place} habe ${year} rund ${millionsText} Millionen Euro für ${topic} und ${w(2)} ausgegeben, mehr als für ${w(3)}.`,
      `In ${place} warten ${noun} wegen ${w(2)} im Schnitt ${days} Tage auf ${w(2)}, wie ${institution} berichtet.`,
      `Laut ${institution} stieg die Zahl der ${noun} mit ${w(2)} in ${place} seit ${year} um ${percent} Prozent, vor allem wegen ${w(3)}.`,
      `${capitalise(place)} hat ${year} insgesamt ${count} ${noun} gezählt, die ${w(3)} nutzen, schreibt ${institution}.`,
      `Nach Angaben von ${institution} sind ${percent} Prozent der ${noun} in ${place} von ${w(3)} betroffen.`,
      `${w(1)} ${w(2)}: ${capitalise(place)} will bis ${year} ${count} ${noun} für ${w(2)} gewinnen, sagt ${institution}.`,
      `Wegen ${w(2)} zahlt ${place} seit ${year} jährlich ${millionsText} Millionen Euro an ${noun}, so ${institution} über ${w(2)}.`,
      `Die ${w(2)} in ${place} kosten ${noun} nach Zahlen von ${institution} ${percent} Prozent mehr als ${year}.`,
      `${capitalise(institution)} zählte ${year} in ${place} ${count} Fälle von ${w(3)} unter ${noun}.`,
      `Seit ${year} haben ${noun} in ${place} ${days} Tage mehr Zeit für ${w(2)}, hat ${institution} zu ${w(2)} beschlossen.`,
    ];
    const en = [
      `${capitalise(institution)} reports that ${place} spent about ${millionsText} million euros on ${topic} and ${w(2)} in ${year}, more than on ${w(3)}.`,
      `In ${place}, ${noun} wait ${days} days on average for ${w(2)} because of ${w(2)}, ${institution} says.`,
      `According to ${institution}, the number of ${noun} with ${w(2)} in ${place} has risen by ${percent} per cent since ${year}, mainly because of ${w(3)}.`,
      `${capitalise(place)} counted ${count} ${noun} using ${w(3)} in ${year}, ${institution} writes.`,
      `${capitalise(institution)} says ${percent} per cent of ${noun} in ${place} are affected by ${w(3)}.`,
      `${capitalise(w(1))} ${w(2)}: ${place} wants to win ${count} ${noun} for ${w(2)} by ${year}, ${institution} says.`,
      `Because of ${w(2)}, ${place} has paid ${noun} ${millionsText} million euros a year since ${year}, ${institution} says of ${w(2)}.`,
      `The ${w(2)} in ${place} cost ${noun} ${percent} per cent more than in ${year}, figures from ${institution} show.`,
      `${capitalise(institution)} counted ${count} cases of ${w(3)} among ${noun} in ${place} in ${year}.`,
      `Since ${year}, ${noun} in ${place} have had ${days} more days for ${w(2)}, ${institution} decided on ${w(2)}.`,
    ];
    return (language === 'de' ? de : en)[template] as string;
  };
}
