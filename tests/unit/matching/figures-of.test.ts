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
});
