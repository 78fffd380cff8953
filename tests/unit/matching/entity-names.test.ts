import { findKnownNames, transliterationKey } from '../../../lib/matching/entity-names';
import { nameKeys } from '../../../lib/matching/match-keys';

function keysIn(text: string, language: string): string[] {
  return findKnownNames(text, language).map((n) => n.key);
}

describe('findKnownNames', () => {
  it.each<[string, string, string, string[]]>([
    ['German and English country names', 'Deutschland und Germany', 'de', ['e:germany', 'e:germany']],
    ['capitals', 'Moskau, Moscow, Kiew, Kyiv, Peking, Beijing', 'de', ['e:moscow', 'e:moscow', 'e:kyiv', 'e:kyiv', 'e:beijing', 'e:beijing']],
    ['institutions spelled out and as acronyms', 'EZB, ECB, Europäische Zentralbank', 'de', ['e:european-central-bank', 'e:european-central-bank', 'e:european-central-bank']],
    ['the longest name first', 'Die Europäische Union und die Europäische Kommission', 'de', ['e:european-union', 'e:european-commission']],
    ['declined adjectives', 'die russischen Truppen und die kasachische Regierung', 'de', ['e:russia', 'e:kazakhstan']],
    ['city adjectives', 'Der Kölner Dom und das Münchner Oktoberfest', 'de', ['e:cologne', 'e:munich']],
    ['country adjectives', 'South Korean women and the südkoreanische Regierung', 'en', ['e:south-korea', 'e:south-korea']],
    ['a German genitive', 'die Wirtschaft Kasachstans', 'de', ['e:kazakhstan']],
    ['a German dative plural', 'in den Niederlanden', 'de', ['e:netherlands']],
    ['an English possessive', "Russia's economy", 'en', ['e:russia']],
    ['hyphenated compounds', 'der NATO-Gipfel und die US-Regierung', 'de', ['e:nato', 'e:united-states']],
    ['a financial regulator spelled out and short', 'BaFin, Bundesanstalt für Finanzdienstleistungsaufsicht, Federal Financial Supervisory Authority', 'de', ['e:bafin', 'e:bafin', 'e:bafin']],
    ['Swiss institutions', 'SNB, Schweizerische Nationalbank, Swiss National Bank, FINMA, SBB', 'de', ['e:swiss-national-bank', 'e:swiss-national-bank', 'e:swiss-national-bank', 'e:finma', 'e:sbb']],
    ['cities beyond the largest', 'Heidelberger Gemeinderat, Würzburg, Wuerzburg, Braunschweig, Brunswick', 'de', ['e:heidelberg', 'e:wurzburg', 'e:wurzburg', 'e:braunschweig', 'e:braunschweig']],
    ['Swiss and Austrian cities', 'Basel, Luzern, Lucerne, St. Gallen, Graz', 'de', ['e:basel', 'e:lucerne', 'e:lucerne', 'e:st-gallen', 'e:graz']],
    ['a court before its city', 'die Karlsruher Richter in Karlsruhe', 'de', ['e:federal-constitutional-court', 'e:karlsruhe']],
    ['a company by its seat, before the city', 'Der Wolfsburger Autobauer und der VW-Konzern', 'de', ['e:volkswagen', 'e:volkswagen']],
    ['the labour ministry', 'Das Bundesarbeitsministerium und das Arbeitsministerium', 'de', ['e:labour-ministry-de', 'e:labour-ministry-de']],
    ['a club before its region', 'FC Bayern München gegen den BVB, in Bayern', 'de', ['e:fc-bayern-munich', 'e:borussia-dortmund', 'e:bavaria']],
    ['the country as German says it without its name', 'bundesweit, deutschlandweite Zahlen, hierzulande, im ganzen Bundesgebiet', 'de', ['e:germany', 'e:germany', 'e:germany', 'e:germany']],
    ['the levels of German government', 'Der Bund, die Steuern des Bundes, der Bundeshaushalt, die Länder, den Bundesländern, die Kommunen', 'de', ['e:german-federation', 'e:german-federation', 'e:german-federation', 'e:german-states', 'e:german-states', 'e:german-municipalities']],
    ['the municipalities spelled out', 'Städte und Gemeinden; Städte, Gemeinden und Landkreise; in 410 Städten und Gemeinden', 'de', ['e:german-municipalities', 'e:german-municipalities', 'e:german-municipalities']],
    ['capitals named by their country', 'in der österreichischen Hauptstadt, die deutsche Hauptstadt, die Schweizer Hauptstadt, der französischen Hauptstadt', 'de', ['e:vienna', 'e:berlin', 'e:bern', 'e:paris']],
    ['the statistics office in the nominative after "das"', 'das Statistische Bundesamt, des Statistischen Bundesamts, Destatis', 'de', ['e:destatis', 'e:destatis', 'e:destatis']],
    ['the federal police', 'die Bundespolizei', 'de', ['e:bundespolizei']],
    ['institutions in the nominative after the article and in the other cases', 'der Europäische Gerichtshof, das Auswärtige Amt, das Europäische Parlament, der Deutschen Bundesbank, des Deutschen Instituts für Wirtschaftsforschung', 'de', ['e:european-court-of-justice', 'e:foreign-office-de', 'e:european-parliament', 'e:bundesbank', 'e:diw']],
    ['Austrian and Swiss parties and the Austrian labour office, short and spelled out', 'FPÖ, die Freiheitlichen gewannen, ÖVP, Österreichische Volkspartei, SPÖ, SVP, Schweizerische Volkspartei, AMS, das Arbeitsmarktservice', 'de', ['e:fpo', 'e:fpo', 'e:ovp', 'e:ovp', 'e:spo', 'e:svp', 'e:svp', 'e:ams', 'e:ams']],
    ['the Union as its two parties', 'die Union, CDU und CSU, CDU/CSU, die CDU', 'de', ['e:union-cdu-csu', 'e:union-cdu-csu', 'e:union-cdu-csu', 'e:cdu']],
    ['the German armed forces as Streitkräfte, one name', 'die deutschen Streitkräfte', 'de', ['e:bundeswehr']],
    ['transliterations of people', 'Selenskyj, Zelensky, Tokajew, Tokayev', 'de', ['e:volodymyr-zelensky', 'e:volodymyr-zelensky', 'e:kassym-jomart-tokayev', 'e:kassym-jomart-tokayev']],
  ])('%s', (_name, text, language, expected) => {
    expect(keysIn(text, language)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['"who" as a word is not the WHO', 'Those who stayed were counted.', 'en'],
    ['"us" as a word is not the US', 'Tell us more.', 'en'],
    ['German "Island" is Iceland only in German', 'The island had 500 people.', 'en'],
    ['"grüne" as an adjective is not the party', 'Sie wollen grüne Energie.', 'de'],
    ['"bundesweit" names Germany only in German text', 'The bundesweit figures were quoted.', 'en'],
    ['"Länder" after another word than the article are countries', 'Die meisten Länder stimmten zu.', 'de'],
    ['"die Länder" before a genitive article are countries', 'Die Länder der Eurozone wuchsen.', 'de'],
  ])('%s', (_name, text, language) => {
    expect(keysIn(text, language)).toEqual([]);
  });

  it('names Freiburg without a country: Freiburg im Breisgau and Fribourg share the German name', () => {
    expect(findKnownNames('Der Gemeinderat von Freiburg tagte.', 'de')[0]?.implies).toEqual([]);
  });

  it.each([
    ['Die Bundesregierung gab 43 Milliarden Euro aus.'],
    ['Das Bundesfinanzministerium nahm 356 Milliarden Euro ein.'],
    ['Die Bundeswehr erhielt 52 Milliarden Euro.'],
    ['Der Bundestag stimmte zu.'],
    ['Die BaFin verhängte ein Bußgeld.'],
  ])('says that a federal institution is part of the Bund: %s', (text) => {
    expect(findKnownNames(text, 'de')[0]?.implies).toEqual(['e:germany', 'e:german-federation']);
  });

  it.each([
    ['without a definite article', 'Die Donau fließt durch zehn Länder.'],
    ['before a name in the genitive', 'Die Länder Afrikas wuchsen.'],
  ])('reads "Länder" as countries %s', (_name, text) => {
    expect(keysIn(text, 'de')).not.toContain('e:german-states');
  });

  it('finds Iceland in German', () => {
    expect(keysIn('Auf Island leben 380.000 Menschen.', 'de')).toEqual(['e:iceland']);
  });

  it.each([
    ['Der Bundesrat stimmte zu.', 'e:germany'],
    ['Der Kreml schwieg.', 'e:russia'],
    ['In Rio wurde gefeiert.', 'e:brazil'],
    ['In Almaty schneite es.', 'e:kazakhstan'],
    ['Der DFB verhängte ein Bußgeld.', 'e:germany'],
    ['Die Länder nahmen Steuern ein.', 'e:germany'],
    ['Die Schweizerische Nationalbank senkte den Zins.', 'e:switzerland'],
    ['In Basel regnete es.', 'e:switzerland'],
  ])('says what a name implies: %s', (text, implied) => {
    expect(findKnownNames(text, 'de')[0]?.implies).toEqual([implied]);
  });
});

describe('nameKeys', () => {
  it('adds what names imply, marked as implied', () => {
    const keys = nameKeys({ text: 'Die Bundesregierung und der Kreml', language: 'de', entities: [] });
    expect(keys.get('e:germany')).toMatchObject({ implied: true, known: true, kind: 'place' });
    expect(keys.get('e:russia')).toMatchObject({ implied: true });
    expect(keys.get('e:german-government')).toMatchObject({ implied: false, kind: 'organisation' });
  });

  it('keys a person by the surname too, so that a surname alone meets the full name', () => {
    const full = nameKeys({ text: 'Boris Johnson resigned.', language: 'en', entities: [{ text: 'Boris Johnson', kind: 'person', start: 0, end: 13 }] });
    const surname = nameKeys({ text: 'Johnson resigned.', language: 'en', entities: [{ text: 'Johnson', kind: 'person', start: 0, end: 7 }] });
    expect([...surname.keys()].every((k) => full.has(k))).toBe(true);
  });

  it('keys unknown names by a folded spelling', () => {
    const keys = nameKeys({ text: 'Dosim Satpajew sagte', language: 'de', entities: [{ text: 'Dosim Satpajew', kind: 'person', start: 0, end: 14 }] });
    expect([...keys.keys()]).toEqual([`e:${transliterationKey('Satpaev')}`]);
  });

  it.each<[string, string, { text: string; start: number }, string[]]>([
    ['a word of a long name', 'Das Bundesamt für Migration und Flüchtlinge meldete', { text: 'Bundesamt', start: 4 }, ['e:bamf', 'e:german-federation', 'e:germany']],
    ['the part of it the extractor read', 'Laut Bundeskriminalamt stieg die Zahl', { text: 'Bundeskriminal', start: 5 }, ['e:bka', 'e:german-federation', 'e:germany']],
  ])('keys no unknown name inside a name the table knows: %s', (_name, text, entity, expected) => {
    const keys = nameKeys({ text, language: 'de', entities: [{ ...entity, kind: 'organisation', end: entity.start + entity.text.length }] });
    expect([...keys.keys()].sort()).toEqual(expected);
  });

  it('keeps an unknown name beside a known one', () => {
    const text = 'Die Stadtwerke Ulm und das BKA';
    const keys = nameKeys({ text, language: 'de', entities: [{ text: 'Stadtwerke Ulm', kind: 'organisation', start: 4, end: 18 }] });
    expect(keys.has(`e:${transliterationKey('Stadtwerke')}-${transliterationKey('Ulm')}`)).toBe(true);
    expect(keys.has('e:bka')).toBe(true);
  });
});

describe('transliterationKey', () => {
  it.each([
    ['Tokajew', 'Tokayev'],
    ['Selenskyj', 'Zelenskyy'],
    ['Schukow', 'Zhukov'],
    ['Charkiw', 'Kharkiv'],
    ['Müller', 'Muller'],
    ['Satpajew', 'Satpaev'],
    ['Dschaparow', 'Japarov'],
  ])('%s and %s', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });
});
