import { englishLexicon } from '../../../lib/claims/lexicon/english-lexicon';
import { germanLexicon } from '../../../lib/claims/lexicon/german-lexicon';
import { hasPastAction } from '../../../lib/claims/signals/detect-past-action';
import { buildClauseReader, readClause, type Clause } from '../../../lib/claims/signals/read-clause';
import { tokenize } from '../../../lib/claims/text/tokenize';

const readers = { de: buildClauseReader(germanLexicon, 'de'), en: buildClauseReader(englishLexicon, 'en') };

function clause(language: 'de' | 'en', text: string): Clause | null {
  const tokens = tokenize(text, 0, text.length);
  return readClause(readers[language], tokens, hasPastAction(tokens, language));
}

describe('readClause', () => {
  it.each([
    ['de', 'Die Ministerin trat am Dienstag zurück.', { subject: 'concrete', tense: 'past', mood: 'indicative' }],
    ['de', 'Die Sperrung gilt zunächst für 30 Tage.', { subject: 'concrete', tense: 'present', mood: 'indicative' }],
    ['de', 'Die Stadt muss die Brücke ab Montag sperren.', { subject: 'concrete', mood: 'obligation' }],
    ['de', 'Ab Januar dürfen in der Innenstadt keine Autos fahren.', { subject: 'concrete', mood: 'obligation' }],
    ['de', 'Ein Drittel der Schulen hat kein Netz.', { subject: 'concrete', tense: 'present' }],
    ['de', 'Der Bürgermeister von Kleinstadt, der seit 2010 regierte, trat ab.', { subject: 'concrete', tense: 'past' }],
    ['de', 'Laut Polizei wurden zwei Menschen verletzt.', { subject: 'concrete', tense: 'past' }],
    ['de', 'Er hat nie Steuern gezahlt.', { subject: 'concrete', tense: 'past' }],
    ['de', 'Der Minister war vor seiner Amtszeit Lobbyist.', { subject: 'concrete', nominal: true }],
    ['de', 'Die Lage ist ernst.', { subject: 'concrete', nominal: false }],
    ['de', 'Wir müssen jetzt handeln.', { subject: 'personal', mood: 'obligation' }],
    ['de', 'Jetzt müssen wir handeln.', { subject: 'personal' }],
    ['de', 'Unser Land steht vor Herausforderungen.', { subject: 'personal' }],
    ['de', 'Man sollte mehr tun.', { subject: 'generic', mood: 'advice' }],
    ['de', 'Das ist ein schwarzer Tag.', { subject: 'deictic' }],
    ['de', 'Das Verbot gilt ab Montag.', { subject: 'concrete' }],
    ['de', 'Kritiker werfen der Regierung Versagen vor.', { subject: 'generic' }],
    ['de', 'Morgen lesen Sie mehr dazu.', { subject: 'personal' }],
    ['en', 'The senator was born in Kenya.', { subject: 'concrete', tense: 'past', mood: 'indicative' }],
    ['en', 'Vaccines cause autism.', { subject: 'concrete', tense: 'present' }],
    ['en', 'He never paid taxes.', { subject: 'concrete', tense: 'past' }],
    ['en', 'The city must close the bridge.', { subject: 'concrete', mood: 'obligation' }],
    ['en', 'The company has to pay a fine.', { subject: 'concrete', mood: 'obligation' }],
    ['en', 'Two thirds of the hospitals have closed their wards.', { subject: 'concrete', tense: 'past' }],
    ['en', 'According to the agency, 12 people died.', { subject: 'concrete', tense: 'past' }],
    ['en', 'The governor was never a member of the party.', { subject: 'concrete', nominal: true }],
    ['en', 'We need to rebuild our infrastructure.', { subject: 'personal', mood: 'obligation' }],
    ['en', 'Our country is in serious trouble.', { subject: 'personal' }],
    ['en', "That's just not true.", { subject: 'deictic' }],
    ['en', 'People should be able to choose.', { subject: 'generic', mood: 'advice' }],
    ['en', 'Critics argue the council should have acted.', { subject: 'generic' }],
    ['en', "Illegal immigrants can't vote in federal elections.", { subject: 'concrete', mood: 'obligation' }],
    ['en', 'Stocks could rebound.', { subject: 'concrete', mood: 'advice' }],
  ] as const)('%s: reads %j', (language, text, expected) => {
    expect(clause(language, text)).toMatchObject(expected);
  });

  it.each([
    ['en', 'Thank you very much.'],
    ['en', 'Follow us for more updates.'],
    ['de', 'Schreiben Sie uns Ihre Meinung.'],
    ['de', 'Vielen Dank für die Einladung.'],
  ] as const)('%s: finds no subject and finite verb in %j', (language, text) => {
    expect(clause(language, text)).toBeNull();
  });
});
