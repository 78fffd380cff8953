import { splitSentences } from '../../../lib/claims/text/split-sentences';

function sentences(text: string, language = 'de'): string[] {
  return splitSentences(text, language).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['de', 'keeps "St. Petersburg" together', 'Er war in St. Petersburg. Dann fuhr er heim.', ['Er war in St. Petersburg.', 'Dann fuhr er heim.']],
    ['de', 'keeps "z. B." together', 'Das gilt z. B. für Öl. Gas ist anders.', ['Das gilt z. B. für Öl.', 'Gas ist anders.']],
    ['de', 'keeps "Dr." and "Nr." together', 'Dr. Müller wohnt in Haus Nr. 5. Sie nicht.', ['Dr. Müller wohnt in Haus Nr. 5.', 'Sie nicht.']],
    ['de', 'keeps German ordinal dates together', 'Am 24. November 2022 kam es zum Streit. Danach nicht mehr.', ['Am 24. November 2022 kam es zum Streit.', 'Danach nicht mehr.']],
    ['de', 'keeps ordinals after an article together', 'Er wurde der 3. Sieger im Rennen. Gut so.', ['Er wurde der 3. Sieger im Rennen.', 'Gut so.']],
    ['de', 'ends a sentence after a number', 'Die Zahl sank auf 200. Das ist wenig.', ['Die Zahl sank auf 200.', 'Das ist wenig.']],
    ['de', 'keeps decimal commas', 'Sie stieg um 3,5 Prozent. Das ist viel.', ['Sie stieg um 3,5 Prozent.', 'Das ist viel.']],
    ['de', 'keeps quotes ending in a question with their attribution', '„Ist das so?“ fragte er. Ja.', ['„Ist das so?“ fragte er.', 'Ja.']],
    ['de', 'ends a quote that ends a sentence', '„Wir sind da.“ Sie auch.', ['„Wir sind da.“', 'Sie auch.']],
    ['de', 'treats each line as a paragraph', 'Überschrift ohne Punkt\nDer Text beginnt hier.', ['Überschrift ohne Punkt', 'Der Text beginnt hier.']],
    ['de', 'joins hard-wrapped lines', 'Der Text läuft\nweiter in der Zeile.', ['Der Text läuft\nweiter in der Zeile.']],
    ['en', 'keeps "U.S." inside a sentence', 'The U.S. economy grew. It slowed later.', ['The U.S. economy grew.', 'It slowed later.']],
    ['en', 'ends a sentence on "U.S." before a new sentence', 'They moved to the U.S. The rest stayed.', ['They moved to the U.S.', 'The rest stayed.']],
    ['en', 'keeps "Mr." and initials together', 'Mr. John F. Kennedy spoke. He left.', ['Mr. John F. Kennedy spoke.', 'He left.']],
    ['en', 'keeps decimal points', 'It grew 3.5% last year. Then it fell.', ['It grew 3.5% last year.', 'Then it fell.']],
    ['en', 'splits lower-case posts after exclamation marks', 'so true!! who else agrees?', ['so true!!', 'who else agrees?']],
  ])('%s: %s', (language, _name, text, expected) => {
    expect(sentences(text, language)).toEqual(expected);
  });

  it('numbers paragraphs by line break', () => {
    expect(splitSentences('Eins. Zwei.\nDrei.', 'de').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('cuts text without punctuation into bounded pieces', () => {
    const text = 'wort '.repeat(5000);
    const spans = splitSentences(text, 'de');
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(4001);
  });
});
