import { baseOf, contentWords, germanSynonymGroupsOf, germanSynonymOf, germanWordOf, stemOf } from '../../../lib/matching/content-words';
import { foldText } from '../../../lib/matching/fold-text';

describe('contentWords', () => {
  it.each<[string, string, string[]]>([
    ['drops function words and bare numbers', 'Die Zahl der Zuzüge lag 2023 bei 1,9 Millionen.', ['Zuzüge']],
    ['drops function words with umlauts', 'Für Familien über Jahre während der Krise', ['Familien', 'Krise']],
    ['keeps one word per stem', 'Arbeitslose und Arbeitslosen', ['Arbeitslose']],
    ['drops the auxiliaries of reported speech', 'Es hätten mehr Paare geheiratet, die Preise würden steigen, das könne dauern.', ['Paare', 'geheiratet', 'Preise', 'steigen', 'dauern']],
    ['drops the verbs that say who reported it', 'Wie das Amt mitteilte, berichtete die Zeitung von Streiks.', ['Amt', 'Zeitung', 'Streiks']],
    ['drops English function words', 'The number of people who left the country', ['number', 'people', 'left', 'country']],
  ])('%s', (_name, text, expected) => {
    expect(contentWords(text, text.startsWith('The') ? 'en' : 'de').map((w) => w.text)).toEqual(expected);
  });
});

describe('stemOf', () => {
  it.each<[string, string, string]>([
    ['arbeitslosenquote', 'arbeitslosigkeit', 'de'],
    ['flüchtlinge', 'flüchtlingen', 'de'],
    ['refugees', 'refugee', 'en'],
    ['counted', 'counting', 'en'],
    ['raucher', 'raucht', 'de'],
    ['rauchen', 'rauchten', 'de'],
    ['arbeit', 'arbeitet', 'de'],
    ['erhohung', 'erhoht', 'de'],
    ['meldung', 'meldet', 'de'],
    ['errichtung', 'errichtet', 'de'],
  ])('%s and %s share a stem', (a, b, language) => {
    expect(stemOf(a, language)).toBe(stemOf(b, language));
  });

  it.each<[string, string, string]>([
    ['a noun in -st keeps its t', 'verlust', 'verlus'],
    ['a strong verb is read by its table, not by the -t rule', 'brachte', 'brach'],
  ])('%s: %s and %s do not share a stem', (_name, a, b) => {
    expect(stemOf(a, 'de')).not.toBe(stemOf(b, 'de'));
  });
});

describe('German synonyms', () => {
  const read = (word: string): string => germanSynonymOf(baseOf(foldText(word), 'de'));
  it.each<[string, string]>([
    ['Pandemie', 'Corona'],
    ['Wiesn', 'Oktoberfest'],
    ['Einwanderung', 'Zuwanderung'],
    ['Migration', 'Zuzüge'],
    ['Beschäftigten', 'Erwerbstätigen'],
    ['Kernkraftwerke', 'Atomkraftwerk'],
    ['Kliniken', 'Krankenhäusern'],
    ['Elektroautos', 'E-Autos'],
    ['produziert', 'erzeugt'],
    ['Messerattacke', 'Messerangriffe'],
    ['Corona-Pandemie', 'Corona-Coronavirus'],
    ['Windkraftanlagen', 'Windräder'],
    ['Errichtung', 'Bau'],
    ['errichteten', 'gebaut'],
    ['Medikamente', 'Arzneimittel'],
    ['Geldbußen', 'Bußgelder'],
    ['pendeln', 'Pendler'],
    ['Stadtrat', 'Gemeinderat'],
    ['Tabakkonsum', 'Rauchen'],
    ['Einschulung', 'Schulanfänger'],
    ['Mitarbeiter', 'Beschäftigte'],
    ['Fluggäste', 'Passagiere'],
    ['Sondertopf', 'Sondervermögen'],
    ['Sportanlagen', 'Sportstätten'],
    ['Cybercrime', 'Cyberkriminalität'],
    ['geheiratet', 'Eheschließungen'],
    ['Nahrungsmittel', 'Lebensmitteln'],
    ['Ehen', 'Heirat'],
    ['zumindest', 'mindestens'],
    ['Geschwindigkeitsbegrenzung', 'Tempolimit'],
    ['Niederschlag', 'Regen'],
    ['verwenden', 'nutzen'],
  ])('%s reads as %s', (a, b) => {
    expect(read(a)).toBe(read(b));
  });

  it.each<[string, string]>([
    ['Strom', 'Gas'],
    ['Einwohner', 'Einwanderer'],
    ['Rente', 'Rentner'],
    ['Angriff', 'Anstieg'],
    ['Bauer', 'Bau'],
    ['Lebensmittel', 'Arzneimittel'],
  ])('%s does not read as %s', (a, b) => {
    expect(read(a)).not.toBe(read(b));
  });

  it('reads the last part of a compound, not a short one', () => {
    expect(read('Messerattacken')).toBe(`messer${read('Angriff')}`);
    expect(read('Erdgas')).toBe(read('Gas'));
    // "Gas" is too short to be read as the last part of a compound.
    expect(read('Flüssiggas')).toBe(baseOf('flussiggas', 'de'));
  });

  it('applies only to German', () => {
    expect(contentWords('Pandemie Corona', 'de').map((w) => w.text)).toEqual(['Pandemie']);
    expect(contentWords('pandemic corona', 'en').map((w) => w.text)).toEqual(['pandemic', 'corona']);
  });
});

describe('German verb forms', () => {
  const read = (word: string): string => germanWordOf(baseOf(foldText(word), 'de'));
  it.each<[string, string]>([
    ['stieg', 'gestiegen'],
    ['steigt', 'stiegen'],
    ['sank', 'gesunken'],
    ['fiel', 'gefallen'],
    ['wuchs', 'gewachsen'],
    ['nahm', 'genommen'],
    ['flogen', 'geflogen'],
    ['trinkt', 'getrunken'],
    ['verlor', 'verloren'],
    ['beschloss', 'beschlossen'],
    ['stiegen', 'steigen'],
  ])('%s reads as %s', (a, b) => {
    expect(read(a)).toBe(read(b));
  });

  it.each<[string, string]>([
    ['stieg', 'sank'],
    ['Fälle', 'fiel'],
    ['Gewinn', 'gewann'],
    ['Schloss', 'geschlossen'],
    ['Stand', 'stehen'],
    ['Gehalt', 'hielt'],
    ['zugenommen', 'abgenommen'],
  ])('%s does not read as %s', (a, b) => {
    expect(read(a)).not.toBe(read(b));
  });

  it('reads a verb form before its synonyms, in German only', () => {
    expect(read('starb')).toBe(read('gestorben'));
    expect(contentWords('Die Preise stiegen und sind gestiegen.', 'de').map((w) => w.text)).toEqual(['Preise', 'stiegen']);
    expect(contentWords('prices stiegen gestiegen', 'en').map((w) => w.text)).toEqual(['prices', 'stiegen', 'gestiegen']);
  });
});

describe('germanSynonymGroupsOf', () => {
  const groups = (word: string): string[] => germanSynonymGroupsOf(germanWordOf(baseOf(foldText(word), 'de')));
  const group = (word: string): string => germanSynonymOf(baseOf(foldText(word), 'de'));
  it.each<[string, string[]]>([
    ['Pandemie', [group('Corona')]],
    ['Messerattacken', [group('Angriff')]],
    ['Gaspreis', [group('Erdgas')]],
    ['Kreistag', []],
    ['Stadtrat', [group('Gemeinderat')]],
    ['Strompreis', [group('Strom')]],
  ])('%s', (word, expected) => {
    expect(groups(word)).toEqual(expected);
  });
});
