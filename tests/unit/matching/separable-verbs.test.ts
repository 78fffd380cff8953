import { textWords } from '../../../lib/matching/fold-text';
import { joinSeparableVerbs } from '../../../lib/matching/separable-verbs';

const FUNCTION_WORDS = new Set(['die', 'der', 'den', 'in', 'von', 'fur', 'um', 'rund', 'sich', 'nicht', 'wie']);
const read = (text: string): string[] => joinSeparableVerbs(textWords(text), text, (folded) => FUNCTION_WORDS.has(folded)).map((w) => w.folded);

describe('joinSeparableVerbs', () => {
  it.each<[string, string, string[]]>([
    ['a particle at the end of the sentence', 'Die Kassen gaben 2023 rund 50 Milliarden Euro für Arzneimittel aus.', ['die', 'kassen', 'ausgaben', '2023', 'rund', '50', 'milliarden', 'euro', 'fur', 'arzneimittel']],
    ['a verb followed by a noun, when nothing else fits', 'Der Bund nahm Steuern ein.', ['der', 'bund', 'einnahm', 'steuern']],
    ['an adjective before its noun is not the verb', 'Die gesetzlichen Kassen gaben viel aus.', ['die', 'gesetzlichen', 'kassen', 'ausgaben', 'viel']],
    ['a decimal comma does not end the clause', 'Die Zahl nahm um 1,5 Prozent zu.', ['die', 'zahl', 'zunahm', 'um', '1', '5', 'prozent']],
    ["an abbreviation's dot does not end the clause", 'Die Kassen gaben 5 Mrd. Euro aus.', ['die', 'kassen', 'ausgaben', '5', 'mrd', 'euro']],
    ['a comma ends it', 'Die Kassen gaben viel aus, die Länder wenig.', ['die', 'kassen', 'ausgaben', 'viel', 'die', 'lander', 'wenig']],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a particle that is a preposition inside the clause', 'Die Preise stiegen auf 5 Euro.'],
    ['a clause with no verb in lower case', 'Steuern an.'],
    ['a clause of two words', 'Kam an.'],
  ])('leaves %s as it is', (_name, text) => {
    expect(read(text)).toEqual(textWords(text).map((w) => w.folded));
  });
});
