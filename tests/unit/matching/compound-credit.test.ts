import { compoundCredit, compoundSplits, endsCompound, MODIFIER_CREDIT, type CompoundSide } from '../../../lib/matching/compound-credit';
import { baseOf, contentWords, germanSynonymOf } from '../../../lib/matching/content-words';

/** A German wording's side as rankMatches prepares it: every content word's base and splits. */
function side(text: string): CompoundSide {
  const words = contentWords(text, 'de').map((w) => ({ base: w.base, splits: compoundSplits(w.base) }));
  return { bases: new Set(words.map((w) => w.base)), splits: words };
}

/** The credit of the word of `text` spelled `word`, against the other wording. */
function creditOf(word: string, text: string, otherText: string): number {
  const own = side(text);
  const w = contentWords(text, 'de').find((c) => c.text === word);
  if (!w) throw new Error(`${word} is no content word of ${text}`);
  return compoundCredit(w.base, compoundSplits(w.base), own.bases, side(otherText));
}

describe('compoundCredit', () => {
  it.each<[string, string, string, string, number]>([
    ['a compound said in two words', 'Stadtwerke', 'Die Stadtwerke investieren.', 'Die Werke der Stadt investieren.', 1],
    ['each of the two words, against the compound', 'Werke', 'Die Werke der Stadt investieren.', 'Die Stadtwerke investieren.', 1],
    ['the first word, against the compound', 'Stadt', 'Die Werke der Stadt investieren.', 'Die Stadtwerke investieren.', 1],
    ['a compound with a joining "es"', 'Bundeshaushalt', 'Der Bundeshaushalt wächst.', 'Der Haushalt des Bundes wächst.', 1],
    ['the parts apart and in other order', 'Asylerstantrag', 'Sie stellten einen Asylerstantrag.', 'Es gab Erstanträge auf Asyl.', 1],
    ['a compound ending in the other word', 'Messerangriffe', 'Die Messerangriffe nehmen zu.', 'Die Angriffe nehmen zu.', 1],
    ['only the first part shared', 'Steuereinnahmen', 'Die Steuereinnahmen wachsen.', 'Die Steuern wachsen.', MODIFIER_CREDIT],
    ['the first part as a synonym', 'Gaspreis', 'Der Gaspreis hat sich verdoppelt.', 'Erdgas kostet doppelt so viel.', MODIFIER_CREDIT],
    ['two compounds sharing only the last part', 'Gaspreis', 'Der Gaspreis hat sich verdoppelt.', 'Der Strompreis hat sich verdoppelt.', 0],
    ['a last part of three letters', 'Stadtrat', 'Der Stadtrat tagt.', 'Der Rat tagt.', 0],
    ['no part in common', 'Fahrrad', 'Jeder Zweite besitzt ein Fahrrad.', 'Jeder Zweite besitzt ein Auto.', 0],
  ])('%s: %s', (_name, word, text, otherText, expected) => {
    expect(creditOf(word, text, otherText)).toBe(expected);
  });
});

describe('compoundSplits', () => {
  it.each<[string, string, { modifier: string; head: string }]>([
    ['a plain compound', 'stadtwerk', { modifier: baseOf('stadt', 'de'), head: 'werk' }],
    ['a joining "s"', 'arbeitsmarkt', { modifier: 'arbeit', head: 'markt' }],
    ['a joining "es"', 'bundeshaushalt', { modifier: 'bund', head: 'haushalt' }],
    // Read as the base of its group's first word, "Erdgas".
    ['a first part from the synonym table', 'gaspreis', { modifier: germanSynonymOf(baseOf('erdgas', 'de')), head: 'preis' }],
  ])('%s: %s', (_name, base, split) => {
    expect(compoundSplits(base)).toContainEqual(split);
  });

  it('leaves a last part of at least four letters', () => {
    expect(compoundSplits('stadtrat').map((s) => s.head)).not.toContain('rat');
  });
});

describe('endsCompound', () => {
  it.each<[string, string, boolean]>([
    ['teilzeitbeschaftigt', 'beschaftigt', true],
    ['messerangriff', 'angriff', true],
    ['stadtrat', 'rat', false],
    ['angriff', 'angriff', false],
  ])('%s ends in %s: %s', (compound, head, expected) => {
    expect(endsCompound(compound, head)).toBe(expected);
  });
});
