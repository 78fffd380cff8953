import { figuresOf } from '../../../lib/matching/figures-of';
import { matchTextOf } from '../../../lib/matching/match-text-of';

function ranksIn(text: string, language: string): Array<[string, number]> {
  return figuresOf(matchTextOf(text, language))
    .filter((f) => f.dim === 'count-rank')
    .map((f) => [f.quantity.text, f.value]);
}

describe('figuresOf', () => {
  it.each<[string, string, string, Array<[string, number]>]>([
    ['a German ordinal glued to a superlative', 'Hamburg ist die zweitgrößte Stadt Deutschlands.', 'de', [['zweitgrößte', 2]]],
    ['other superlatives and endings', 'das neuntgrößte Land, die vierthöchsten Berge, am zweitmeisten', 'de', [['neuntgrößte', 9], ['vierthöchsten', 4], ['zweitmeisten', 2]]],
    ['a capitalized one', 'Der Drittwichtigste ist Bayern.', 'de', [['Drittwichtigste', 3]]],
    ['English with a hyphen or apart', 'the third-largest exporter and the second most populous state', 'en', [['third-largest', 3], ['second most', 2]]],
    ['a rank the extractor reads, once', 'Deutschland liegt auf Platz drei.', 'de', [['drei', 3]]],
  ])('reads ranks: %s', (_name, text, language, expected) => {
    expect(ranksIn(text, language)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['"achtsamste" is no rank', 'Die achtsamste Fahrerin gewann.', 'de'],
    ['an ordinal before a noun is no superlative', 'Die zweite Welle kam.', 'de'],
    ['"second" before another word than a superlative', 'The second test failed.', 'en'],
    ['German superlatives only in German text', 'Die drittgrößte Stadt', 'en'],
  ])('reads no rank: %s', (_name, text, language) => {
    expect(ranksIn(text, language)).toEqual([]);
  });

  it('reads "drittgrößte" as "Platz drei" says it, and not as "zweitgrößte"', () => {
    const [third] = figuresOf(matchTextOf('Deutschland ist der drittgrößte Exporteur.', 'de'));
    const [place] = figuresOf(matchTextOf('Deutschland liegt bei den Exporten auf Platz drei.', 'de'));
    const [second] = figuresOf(matchTextOf('Deutschland ist der zweitgrößte Exporteur.', 'de'));
    expect([third?.dim, third?.value]).toEqual([place?.dim, place?.value]);
    expect(second?.value).toBe(2);
  });

  it.each<[string, string, string, Array<[string, number]>]>([
    ['German words', 'Drei von vier Menschen nutzen ein Smartphone.', 'de', [['Drei von vier', 75]]],
    ['German digits and a round whole', 'Neun von 10 Befragten und einer von 100 Patienten', 'de', [['Neun von 10', 90], ['einer von 100', 1]]],
    ['English "in" and "out of"', 'One in four adults smokes, and 2 out of 3 voters agree.', 'en', [['One in four', 25], ['2 out of 3', 66.667]]],
    ['any number word the extractor reads', 'Elf von zwanzig Kliniken und seven in ten nurses', 'de', [['Elf von zwanzig', 55]]],
  ])('reads a share as a percentage in place of its two counts: %s', (_name, text, language, expected) => {
    const figures = figuresOf(matchTextOf(text, language));
    expect(figures.filter((f) => f.dim === 'count').map((f) => f.quantity.text)).toEqual([]);
    expect(figures.filter((f) => f.dim === 'percent').map((f) => [f.quantity.text, Number(f.value.toFixed(3))])).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['games out of a season', 'Bayern verlor acht von 34 Spielen.', 'de'],
    ['a part no smaller than the whole', 'Zehn von zehn Punkten.', 'de'],
    ['a whole with thousands', 'Drei von 10.000 Menschen erkranken.', 'de'],
    ['"in" before a year', 'Three in 2023 and four in 2024.', 'en'],
  ])('reads no share: %s', (_name, text, language) => {
    expect(figuresOf(matchTextOf(text, language)).filter((f) => f.dim === 'percent')).toEqual([]);
  });

  const yearsIn = (text: string, language: string, date: string | null): Array<[string, string | null]> =>
    figuresOf({ ...matchTextOf(text, language), date: date === null ? null : new Date(date) })
      .filter((f) => f.dim === 'date')
      .map((f) => [f.quantity.text, f.date]);

  it.each<[string, string, string, Array<[string, string | null]>]>([
    ['the past year', 'Im vergangenen Jahr meldeten 22 Prozent mehr Firmen Insolvenz an.', 'de', [['vergangenen Jahr', '2024']]],
    ['the coming year, in the genitive', 'Die Pläne des kommenden Jahres und nächstes Jahr', 'de', [['kommenden Jahres', '2026'], ['nächstes Jahr', '2026']]],
    ['this year, also as Austria says it', 'In diesem Jahr und heuer', 'de', [['In diesem Jahr', '2025'], ['heuer', '2025']]],
    ['years ago in words and digits, in place of the duration', 'mehr als vor fünf Jahren, weniger als vor 10 Jahren', 'de', [['vor fünf Jahren', '2020'], ['vor 10 Jahren', '2015']]],
    ['English', 'Last year prices rose, next year they fall, as two years ago.', 'en', [['Last year', '2024'], ['next year', '2026'], ['two years ago', '2023']]],
    ['any number word the extractor reads, and "a"', 'as twelve years ago and a year ago', 'en', [['twelve years ago', '2013'], ['a year ago', '2024']]],
  ])('reads a year relative to the date the text was written: %s', (_name, text, language, expected) => {
    expect(yearsIn(text, language, '2025-03-10')).toEqual(expected);
  });

  it.each<[string, string, string, string | null]>([
    ['"im Vorjahr" is the year before another', '22 Prozent mehr als im Vorjahr', 'de', '2025-03-10'],
    ['"in den letzten Jahren" is no year', 'in den letzten Jahren stark gestiegen', 'de', '2025-03-10'],
    ['a decade', 'im vergangenen Jahrzehnt', 'de', '2025-03-10'],
    ['a text without a date', 'Im vergangenen Jahr stieg die Zahl.', 'de', null],
    ['a word that is no number', 'vor vielen Jahren', 'de', '2025-03-10'],
  ])('reads no relative year: %s', (_name, text, language, date) => {
    expect(yearsIn(text, language, date)).toEqual([]);
  });

  it('reads the past year by its number where the text gives it', () => {
    expect(yearsIn('Im abgelaufenen Jahr 2023 sank die Zahl.', 'de', '2025-03-10').map(([, date]) => date)).toEqual(['2023']);
  });

  it.each<[string, string, string, Array<[string, number]>]>([
    ['German', 'Ein Dutzend Kommunen, zwei Dutzend Städte und ein halbes Dutzend Kreise', 'de', [['Ein Dutzend', 12], ['zwei Dutzend', 24], ['ein halbes Dutzend', 6]]],
    ['English', 'a dozen towns and half a dozen counties', 'en', [['a dozen', 12], ['half a dozen', 6]]],
    ['not "Dutzende", which says no figure', 'Dutzende Kommunen', 'de', []],
    ['not "dozens of"', 'dozens of towns', 'en', []],
  ])('reads dozens as counts: %s', (_name, text, language, expected) => {
    const counts = figuresOf(matchTextOf(text, language)).filter((f) => f.dim === 'count');
    expect(counts.map((f) => [f.quantity.text, f.value])).toEqual(expected);
    expect(counts.every((f) => f.loose)).toBe(true);
  });
});
