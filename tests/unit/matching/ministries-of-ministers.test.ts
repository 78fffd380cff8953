import { nameKeys } from '../../../lib/matching/match-keys';
import { ministriesOfMinisters } from '../../../lib/matching/ministries-of-ministers';

describe('ministriesOfMinisters', () => {
  it.each<[string, string, string[]]>([
    ['a minister by title', 'Laut Verteidigungsminister Pistorius sollen mehr Freiwillige kommen.', ['e:defence-ministry-de']],
    ['a minister in the feminine, with "Bundes"', 'Die Bundesinnenministerin stellte die Statistik vor.', ['e:interior-ministry-de']],
    ['a genitive', 'Nach Angaben des Arbeitsministers bezogen mehr Menschen Bürgergeld.', ['e:labour-ministry-de']],
    ['a ministry the table does not know', 'Der Verkehrsminister eröffnete die Strecke.', []],
    ['the ministry itself is no minister', 'Das Verteidigungsministerium plant mehr Stellen.', []],
    ['a lower-case word is no title', 'Die Zahl der ministerialen Stellen stieg.', []],
  ])('%s', (_name, text, expected) => {
    expect(ministriesOfMinisters(text).map((m) => m.key)).toEqual(expected);
  });
});

describe('nameKeys: ministers imply their ministries', () => {
  const keys = (text: string, language = 'de') => nameKeys({ text, language, entities: [] });

  it('names the ministry and what it implies by implication only', () => {
    const k = keys('Laut Verteidigungsminister Pistorius sollen 5.000 Freiwillige kommen.');
    expect(k.get('e:defence-ministry-de')).toMatchObject({ implied: true, kind: 'organisation', known: true });
    expect(k.get('e:germany')?.implied).toBe(true);
    expect(k.get('e:boris-pistorius')?.implied).toBe(false);
  });

  it('keeps a ministry named outright as named', () => {
    expect(keys('Das Verteidigungsministerium und der Verteidigungsminister.').get('e:defence-ministry-de')?.implied).toBe(false);
  });

  it('reads German text only', () => {
    expect(keys('Defence minister Pistorius said so.', 'en').has('e:defence-ministry-de')).toBe(false);
  });
});
