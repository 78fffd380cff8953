import { matchTextOf } from '../../../lib/matching/match-text-of';
import type { MatchCandidate, MatchReason } from '../../../lib/matching/match-types';
import { rankMatches } from '../../../lib/matching/rank-matches';

const NOW = new Date('2024-06-01T00:00:00Z');

function candidate(key: string, text: string, language: string, extra: Partial<MatchCandidate> = {}): MatchCandidate {
  return { ...matchTextOf(text, language, new Date('2024-01-01T00:00:00Z')), key, textRank: 0, trigram: 0, ...extra };
}

function kinds(reasons: readonly MatchReason[]): string[] {
  return reasons.map((r) => r.kind);
}

describe('rankMatches', () => {
  const subject = matchTextOf('Rund zwei Millionen Menschen haben Kasachstan im Jahr 2022 verlassen.', 'de');

  it.each<[string, MatchCandidate[], string]>([
    [
      'the same figure beats the same names with another figure',
      [
        candidate('other-figure', 'Drei Millionen Menschen haben Kasachstan im Jahr 2022 verlassen.', 'de'),
        candidate('same', '2 Millionen Menschen verließen 2022 Kasachstan.', 'de'),
      ],
      'same',
    ],
    [
      'the same figure about another place loses',
      [
        candidate('other-place', 'Rund zwei Millionen Menschen haben Usbekistan im Jahr 2022 verlassen.', 'de'),
        candidate('same', 'Kasachstan verloren 2022 fast 2 Millionen Einwohner durch Auswanderung.', 'de'),
      ],
      'same',
    ],
    [
      'the same figure in another year loses',
      [
        candidate('other-year', 'Rund zwei Millionen Menschen haben Kasachstan im Jahr 2019 verlassen.', 'de'),
        candidate('same', 'Im Jahr 2022 haben etwa 2.000.000 Menschen Kasachstan verlassen.', 'de'),
      ],
      'same',
    ],
    [
      'an English fact-check of the same facts beats an English one with another figure',
      [
        candidate('en-other', 'Three million people left Kazakhstan in 2022.', 'en'),
        candidate('en-same', 'About two million people left Kazakhstan in 2022.', 'en'),
      ],
      'en-same',
    ],
  ])('%s', (_name, candidates, best) => {
    expect(rankMatches(subject, candidates, { now: NOW })[0]?.key).toBe(best);
  });

  it('says why: shared figures, names and words; conflicting figures', () => {
    const [same, other] = rankMatches(
      subject,
      [candidate('same', 'Etwa zwei Millionen Menschen haben Kasachstan 2022 verlassen.', 'de'), candidate('other', 'Drei Millionen Menschen haben Kasachstan verlassen.', 'de')],
      { now: NOW },
    );
    expect(same?.key).toBe('same');
    expect(same?.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'same-figure', text: 'Rund zwei Millionen', otherText: 'Etwa zwei Millionen' },
        { kind: 'same-name', name: 'Kasachstan' },
        expect.objectContaining({ kind: 'same-words' }),
      ]),
    );
    expect(same?.strong).toBe(true);
    expect(kinds(other?.reasons ?? [])).toContain('other-figure');
    expect(other?.strong).toBe(false);
  });

  it('labels a match across languages', () => {
    const [m] = rankMatches(subject, [candidate('en', 'About two million people left Kazakhstan in 2022.', 'en')], { now: NOW });
    expect(m?.crossLanguage).toBe(true);
    expect(kinds(m?.reasons ?? [])).toEqual(expect.arrayContaining(['same-figure', 'same-name', 'cross-language']));
    expect(m?.strong).toBe(true);
  });

  it.each<[string, string, string, string, string, string]>([
    ['a German match sharing a word beats an English text sharing only figure and country', 'In Deutschland ernähren sich 10 Prozent der Menschen vegan.', 'de', 'About 10 percent of people in Germany are left-handed.', 'en', 'Jeder Zehnte in Deutschland lebt vegan.'],
    ['the same with money', 'Für Weihnachtsgeschenke gibt jeder Deutsche im Schnitt 300 Euro aus.', 'de', 'Germans spend an average of €300 a year on their pets.', 'en', 'Die Menschen in Deutschland geben rund 300 € für Weihnachtsgeschenke aus.'],
    ['an English match sharing a word beats a German text sharing only figure and country', 'About 10 percent of people in Germany are left-handed.', 'en', 'In Deutschland ernähren sich 10 Prozent der Menschen vegan.', 'de', 'One in ten people in Germany is left-handed.'],
  ])('prefers the wording it can read: %s', (_name, subjectText, subjectLanguage, otherText, otherLanguage, sameLanguageMatch) => {
    const ranked = rankMatches(matchTextOf(subjectText, subjectLanguage), [candidate('other-language', otherText, otherLanguage), candidate('match', sameLanguageMatch, subjectLanguage)], { now: NOW });
    expect(ranked.map((m) => m.key)).toEqual(['match', 'other-language']);
  });

  it('does not label a same-language match as crossing languages', () => {
    const [m] = rankMatches(subject, [candidate('de', 'Zwei Millionen Menschen verließen Kasachstan.', 'de')], { now: NOW });
    expect(m?.crossLanguage).toBe(false);
    expect(kinds(m?.reasons ?? [])).not.toContain('cross-language');
  });

  it('keeps scores between 0 and 1, best first, and honours the limit', () => {
    const candidates = [
      candidate('a', 'Die Bahn war 2023 pünktlicher als je zuvor.', 'de'),
      candidate('b', 'Zwei Millionen Menschen verließen Kasachstan.', 'de'),
      candidate('c', 'The weather was fine.', 'en'),
    ];
    const all = rankMatches(subject, candidates, { now: NOW });
    expect(all.map((m) => m.key)).toHaveLength(3);
    for (const m of all) expect(m.score).toBeGreaterThanOrEqual(0);
    for (const m of all) expect(m.score).toBeLessThanOrEqual(1);
    expect([...all].sort((x, y) => y.score - x.score)).toEqual(all);
    expect(rankMatches(subject, candidates, { now: NOW, limit: 1 }).map((m) => m.key)).toEqual(['b']);
    expect(rankMatches(subject, [], { now: NOW })).toEqual([]);
  });

  it('breaks ties by recency', () => {
    const text = 'Zwei Millionen Menschen verließen Kasachstan.';
    const old = candidate('old', text, 'de', { date: new Date('2015-01-01T00:00:00Z') });
    const recent = candidate('recent', text, 'de', { date: new Date('2024-05-01T00:00:00Z') });
    expect(rankMatches(subject, [old, recent], { now: NOW }).map((m) => m.key)).toEqual(['recent', 'old']);
  });

  it('lets the database scores lift an otherwise equal candidate', () => {
    const text = 'Menschen verließen das Land.';
    const plain = candidate('plain', text, 'de');
    const found = candidate('found', text, 'de', { textRank: 0.3, trigram: 0.6 });
    expect(rankMatches(subject, [plain, found], { now: NOW })[0]?.key).toBe('found');
  });

  it('names the place that differs and does not mark it strong', () => {
    const hamburg = matchTextOf('In Hamburg fehlen 135.000 Wohnungen.', 'de');
    const [m] = rankMatches(hamburg, [candidate('berlin', 'In Berlin fehlen 135.000 Wohnungen.', 'de')], { now: NOW });
    expect(m?.reasons).toEqual(expect.arrayContaining([{ kind: 'other-name', name: 'Hamburg', otherName: 'Berlin' }]));
    expect(m?.strong).toBe(false);
  });

  it.each<[string, string, string, string]>([
    ['the Bund against the Länder', 'Der Bund nahm 2023 Steuern von 356 Milliarden Euro ein.', 'Die Länder nahmen 2023 Steuern von 356 Milliarden Euro ein.', 'Die Steuereinnahmen des Bundes lagen 2023 bei 356 Mrd. Euro.'],
    ['the Länder against the Kommunen', 'Die Länder verzeichneten 2023 ein Defizit von 6,8 Milliarden Euro.', 'Die Kommunen verzeichneten 2023 ein Defizit von 6,8 Milliarden Euro.', 'Das Defizit der Bundesländer belief sich 2023 auf 6,8 Mrd. Euro.'],
    ['the Kommunen against the Bund', 'Die Kommunen investierten 2023 rund 40 Milliarden Euro.', 'Der Bund investierte 2023 rund 40 Milliarden Euro.', 'Städte, Gemeinden und Landkreise investierten 2023 zusammen etwa 40 Mrd. Euro.'],
  ])('ranks the same level of government above another: %s', (_name, subjectText, otherLevel, sameLevel) => {
    const ranked = rankMatches(matchTextOf(subjectText, 'de'), [candidate('other', otherLevel, 'de'), candidate('same', sameLevel, 'de')], { now: NOW });
    expect(ranked.map((m) => m.key)).toEqual(['same', 'other']);
    expect(ranked[1]?.reasons.map((r) => r.kind)).toContain('other-name');
  });

  it('reads "der Bund" and "des Bundes" as one name', () => {
    const [m] = rankMatches(matchTextOf('Der Bund nahm 2023 Steuern ein.', 'de'), [candidate('c', 'Die Steuereinnahmen des Bundes stiegen 2023.', 'de')], { now: NOW });
    expect(m?.reasons).toContainEqual({ kind: 'same-name', name: 'Bund' });
  });

  const otherNameKinds = (subjectText: string, text: string): string[] =>
    rankMatches(matchTextOf(subjectText, 'de'), [candidate('c', text, 'de')], { now: NOW })[0]?.reasons.map((r) => r.kind) ?? [];

  it.each<[string, string, string]>([
    ['a third place beside two shared', 'Deutschland ist hinter China und den USA der drittgrößte Exporteur.', 'Japan ist hinter China und den USA der drittgrößte Exporteur.'],
    ['a second person beside a shared one', 'Scholz traf Macron im Oktober 2023 in Hamburg.', 'Scholz traf Meloni im Oktober 2023 in Hamburg.'],
    ['the country an institution implies, where its side names no place', 'Die Bundespolizei stellte 2024 weniger unerlaubte Einreisen fest.', 'Die österreichische Polizei stellte 2024 weniger unerlaubte Einreisen fest.'],
  ])('sees a name that differs where each side names one the other lacks: %s', (_name, subjectText, text) => {
    expect(otherNameKinds(subjectText, text)).toContain('other-name');
  });

  it.each<[string, string, string]>([
    ['no place of its own on one side', 'In Deutschland leben 84 Millionen Menschen.', 'In Deutschland und Frankreich leben zusammen 152 Millionen Menschen.'],
    ['a city in the country the other names', 'Brasilien richtete 2016 die Olympischen Spiele aus.', 'In Rio fanden 2016 die Olympischen Spiele statt.'],
    ['an implied country its side also names', 'Die Bundespolizei stellte 2024 in Deutschland weniger Einreisen fest.', 'In Deutschland stellte die Polizei 2024 weniger Einreisen fest.'],
    ['an implied country beside a place of its own', 'Die Bundespolizei stellte 2024 in Bayern weniger Einreisen fest.', 'In Bayern stellte die Polizei 2024 weniger Einreisen fest.'],
  ])('sees no name that differs where one side names nothing the other lacks: %s', (_name, subjectText, text) => {
    expect(otherNameKinds(subjectText, text)).not.toContain('other-name');
  });

  it('does not see another level of government in a federal institution', () => {
    const [m] = rankMatches(matchTextOf('Der Bund gab 2023 für das Bürgergeld 43 Milliarden Euro aus.', 'de'), [candidate('c', 'Die Bundesregierung hat 2023 für das Bürgergeld 42,6 Milliarden Euro ausgegeben.', 'de')], { now: NOW });
    expect(m?.reasons.map((r) => r.kind)).not.toContain('other-name');
  });

  it.each<[string, string, string, string, string]>([
    ['a shared year and country alone', 'Im Jahr 2023 wurden in Deutschland 693.000 Kinder geboren.', 'de', 'German gross domestic product shrank 0.3% over the whole of 2023.', 'en'],
    ['a shared figure with nothing else in common', 'The Louvre welcomed 8.9 million visitors in 2023.', 'en', 'Die Schweiz zählt seit 2023 mehr als neun Millionen Einwohner.', 'de'],
    ['names and words without the claim\'s figure', 'Die Wahlbeteiligung bei der Europawahl 2024 lag in Deutschland bei 64,8 Prozent.', 'de', 'Die Zahl der Asylerstanträge in Deutschland lag 2024 bei 230.000.', 'de'],
  ])('does not mark strong %s', (_name, subjectText, subjectLanguage, text, language) => {
    const [m] = rankMatches(matchTextOf(subjectText, subjectLanguage), [candidate('c', text, language)], { now: NOW });
    expect(m?.strong).toBe(false);
  });

  it('marks strong a match without figures that shares names and a date to the month', () => {
    const subject = matchTextOf("Italy's Prime Minister Meloni took office in October 2022.", 'en');
    const [m] = rankMatches(subject, [candidate('de', 'Giorgia Meloni ist seit Oktober 2022 italienische Ministerpräsidentin.', 'de')], { now: NOW });
    expect(m?.strong).toBe(true);
    expect(m?.crossLanguage).toBe(true);
  });

  it('counts a name implied by an institution', () => {
    const subject = matchTextOf('Die Bundesregierung genehmigte 2023 Rüstungsexporte über 12,2 Milliarden Euro.', 'de');
    const [m] = rankMatches(subject, [candidate('c', 'Deutschland hat 2023 Rüstungsexporte im Wert von 12,2 Milliarden Euro genehmigt.', 'de')], { now: NOW });
    expect(m?.reasons).toEqual(expect.arrayContaining([{ kind: 'same-name', name: 'Bundesregierung' }]));
    expect(m?.strong).toBe(true);
  });

  it('ranks a candidate without the claim\'s figure below one that states it', () => {
    const organs = matchTextOf('Die Zahl der Organspender in Deutschland stieg 2023 auf 965.', 'de');
    const ranked = rankMatches(
      organs,
      [candidate('year-and-country', 'German gross domestic product shrank 0.3% over the whole of 2023.', 'en'), candidate('figure', 'Im Jahr 2023 haben 965 Menschen nach ihrem Tod Organe gespendet.', 'de')],
      { now: NOW },
    );
    expect(ranked.map((m) => m.key)).toEqual(['figure', 'year-and-country']);
  });

  it('does not see another place in a city of the country named', () => {
    const subject = matchTextOf('Die Nationalmannschaft gewann 2014 in Brasilien den WM-Titel.', 'de');
    const [m] = rankMatches(subject, [candidate('rio', 'Deutschland holte 2014 in Rio den Weltmeistertitel.', 'de')], { now: NOW });
    expect(m?.reasons.map((r) => r.kind)).not.toContain('other-name');
  });

  it('counts a German word as shared when the other side has a compound ending in it', () => {
    const subject = matchTextOf('In Brandenau arbeiten viele Beschäftigte in Teilzeit.', 'de');
    const [m] = rankMatches(subject, [candidate('compound', 'In Brandenau sind viele teilzeitbeschäftigt.', 'de')], { now: NOW });
    expect(m?.reasons).toEqual(expect.arrayContaining([{ kind: 'same-words', words: expect.arrayContaining(['Beschäftigte', 'Teilzeit']) }]));
  });

  it.each<[string, string, string, string[]]>([
    ['a name the other side writes as a word', 'Der Verband nahm 2023 Beiträge ein.', 'Die Beitragseinnahmen des Verbandes stiegen 2023.', ['Verband']],
    ['a compound said in two words', 'Die Stadtwerke Brandenau haben investiert.', 'Die Werke der Stadt Brandenau haben investiert.', ['Stadtwerke']],
  ])('counts as a shared word %s', (_name, text, otherText, words) => {
    const [m] = rankMatches(matchTextOf(text, 'de'), [candidate('other', otherText, 'de')], { now: NOW });
    expect(m?.reasons).toEqual(expect.arrayContaining([{ kind: 'same-words', words: expect.arrayContaining(words) }]));
  });

  it('does not count a name both share as a word besides', () => {
    const [m] = rankMatches(matchTextOf('In Kasachstan leben 20 Millionen Menschen.', 'de'), [candidate('other', 'Kasachstan hat 20 Millionen Einwohner.', 'de')], { now: NOW });
    expect(m?.reasons).toContainEqual({ kind: 'same-name', name: 'Kasachstan' });
    expect(m?.reasons).not.toEqual(expect.arrayContaining([{ kind: 'same-words', words: expect.arrayContaining(['Kasachstan']) }]));
  });

  it('does not split compounds across languages or on short words', () => {
    const english = matchTextOf('Many part-time workers in Brandenau.', 'en');
    const [m] = rankMatches(english, [candidate('german', 'In Brandenau sind viele teilzeitbeschäftigt.', 'de')], { now: NOW });
    expect(m?.reasons).not.toEqual(expect.arrayContaining([{ kind: 'same-words', words: expect.arrayContaining(['part-time']) }]));
    const short = matchTextOf('Der Rat tagt in Brandenau.', 'de');
    const [n] = rankMatches(short, [candidate('compound', 'Der Stadtrat von Brandenau tagt.', 'de')], { now: NOW });
    expect(n?.reasons).toEqual(expect.arrayContaining([{ kind: 'same-words', words: expect.not.arrayContaining(['Rat']) }]));
  });

  it('lets a shared German noun outweigh a shared verb', () => {
    const subject = matchTextOf('Jeder dritte Einwohner besitzt ein Boot.', 'de');
    // Without the weights the two would tie, and the tie would go to the first key.
    const ranked = rankMatches(
      subject,
      [candidate('a-verb', 'Jeder dritte Haushalt besitzt ein Pferd.', 'de'), candidate('b-noun', 'Ein Drittel der Menschen hat ein eigenes Boot.', 'de')],
      { now: NOW },
    );
    expect(ranked.map((m) => m.key)).toEqual(['b-noun', 'a-verb']);
  });
});
