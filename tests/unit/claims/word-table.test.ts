import { tokenize } from '../../../lib/claims/text/tokenize';

function words(text: string) {
  return tokenize(text, 0, text.length).filter((t) => t.kind !== 'punct');
}

describe('word records', () => {
  it('gives every token of one spelling the same record, across texts', () => {
    const [a, b] = words('Inflation stieg');
    const [c] = words('Die Inflation sank').slice(1);
    expect(a?.word).toBeDefined();
    expect(c?.word).toBe(a?.word);
    expect(b?.word).not.toBe(a?.word);
  });

  it.each([
    ['Inflation', { lower: 'inflation', cap: true, caps: false }],
    ['EU', { lower: 'eu', cap: true, caps: true }],
    ['G20', { lower: 'g20', cap: true, caps: true }],
    ['über', { lower: 'über', cap: false, caps: false }],
    ['2.000', { lower: '2.000', cap: false, caps: false }],
  ])('reads %s as %j', (text, expected) => {
    expect(words(text)[0]).toMatchObject({ text, ...expected });
  });

  it('keeps spellings apart that differ only in case', () => {
    const [who, Who] = words('WHO Who');
    expect(who?.word).not.toBe(Who?.word);
    expect(who?.lower).toBe(Who?.lower);
  });

  it('keeps every record while the table grows past its first size', () => {
    const spellings = Array.from({ length: 10_000 }, (_, i) => `wort${i.toString(36)}x`);
    const first = words(spellings.join(' '));
    const again = words(spellings.join(' '));
    expect(again).toHaveLength(spellings.length);
    expect(again.every((t, i) => t.word === first[i]?.word && t.text === spellings[i])).toBe(true);
  });
});
