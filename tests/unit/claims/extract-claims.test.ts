import { extractClaims } from '../../../lib/claims/extract-claims';
import { readSentences } from '../../../lib/claims/read-sentences';
import { reasonLabels } from '../../../lib/claims/reason-labels';
import { CLAIM_TYPES, type ReasonCode } from '../../../lib/claims/types';

/** The one sentence of `text` as a claim whatever its score: its type, speaker and quantities. */
function only(text: string, language?: string) {
  const { claims } = extractClaims(text, { ...(language ? { language } : {}), minScore: 0 });
  expect(claims).toHaveLength(1);
  const claim = claims[0];
  if (!claim) throw new Error('no claim');
  return claim;
}

/** What the hand-set rules (the model's signals) make of a one-sentence text: their log-odds and reasons. */
function rules(text: string, language: string): { logit: number; codes: ReasonCode[] } {
  let logit = NaN;
  const codes: ReasonCode[] = [];
  readSentences(text, language, ({ context }) => {
    logit = context.ruleLogit;
    context.rules.each((code, weight) => {
      if (weight !== 0) codes.push(code);
    });
  });
  return { logit, codes };
}

describe('extractClaims', () => {
  it.each(['', '   ', '\n\n\t', '...', '„“ – !'])('returns no claims for empty or blank text %j', (text) => {
    expect(extractClaims(text).claims).toEqual([]);
  });

  it('returns claims in text order with exact spans', () => {
    const text = 'Die Arbeitslosigkeit stieg auf 6,0 Prozent. Ich finde das schlimm. Der Bundestag beschloss am Freitag mit 400 Stimmen das Gesetz.';
    const { claims } = extractClaims(text);
    expect(claims.map((c) => c.start)).toEqual([...claims.map((c) => c.start)].sort((a, b) => a - b));
    expect(claims).toHaveLength(2);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const q of c.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const e of c.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it.each([
    ['de', 'Die Inflationsrate sank im März auf 2,2 Prozent.', 'quantity'],
    ['de', 'Das Bundesverfassungsgericht hat das Gesetz am Dienstag gekippt.', 'law'],
    ['de', 'Wegen des Streiks fielen am Montag 300 Flüge aus.', 'causal'],
    ['de', 'Die Regierung erwartet für 2025 ein Wachstum von 1,2 Prozent.', 'prediction'],
    ['de', 'Der Juli war der heißeste Monat seit Beginn der Messungen in Deutschland.', 'comparison'],
    ['de', 'Die Polizei hat am Dienstag in Hamburg zwei Verdächtige festgenommen.', 'event'],
    ['en', 'The unemployment rate fell to 3.9% in March.', 'quantity'],
    ['en', 'The Supreme Court ruled on Monday that the ban is unconstitutional.', 'law'],
    ['en', 'Flights were cancelled because of the storm, the airline said on Monday.', 'causal'],
    ['en', 'Exports are expected to grow by 4% next year, the IMF said.', 'prediction'],
    ['en', 'Inflation in Britain is now higher than in France and Germany.', 'comparison'],
    ['en', 'Police arrested two men in Chicago on Tuesday.', 'event'],
    ['en', '"We created 10 million jobs," the president said in Ohio.', 'quote'],
  ])('%s: types %j as %s', (language, text, type) => {
    expect(only(text, language).type).toBe(type);
  });

  it.each([
    ['de', 'Ich finde, die Regierung macht einen großartigen Job.'],
    ['de', 'Vielleicht wird alles besser.'],
    ['de', 'Wie man sieht, ist die Lage schwierig.'],
    ['de', 'Offenbar scheint man sich zu einigen.'],
    ['de', 'Wer soll das bezahlen?'],
    ['de', '„Das ist ein Skandal“, sagte Müller.'],
    ['de', 'Die Veranstaltung findet am Montag um 18 Uhr statt.'],
    ['de', 'Vielen Dank für Ihre Aufmerksamkeit.'],
    ['en', 'I think the economy is doing great.'],
    ['en', 'I will fight for you every single day.'],
    ['en', 'Thank you very much.'],
    ['en', 'Well, let me say this.'],
    ['en', 'Is that really what this country needs?'],
    ['en', 'As you can see, things are looking up.'],
    ['en', 'Tickets for the concert are available online.'],
    ['en', '"I am so proud of this team," the coach said.'],
  ])('%s: the rules count %j against check-worthiness', (language, text) => {
    expect(rules(text, language).logit).toBeLessThan(0);
  });

  it.each([
    ['en', 'We created 15 million jobs in four years.'],
    ['en', 'My opponent voted against the bill twice.'],
    ['en', 'Crime fell by 20 percent in New York last year.'],
    ['de', 'Wir haben die Steuern um zehn Milliarden Euro gesenkt.'],
  ])('%s: the rules credit first-person factual claims like %j', (language, text) => {
    expect(rules(text, language).logit).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'He never paid taxes.'],
    ['en', 'The senator was born in Kenya.'],
    ['en', 'Vaccines cause autism.'],
    ['en', 'The earth is flat.'],
    ['de', 'Die Ministerin trat am Dienstag zurück.'],
    ['de', 'Alkohol schädigt die Leber.'],
    ['en', 'The governor was never a member of the party.'],
    ['de', 'Der Konzern ist der größte Arbeitgeber der Region.'],
    ['en', 'The river is the longest in Europe.'],
  ])('%s: the rules credit the short factual statement without numbers %j', (language, text) => {
    expect(rules(text, language).logit).toBeGreaterThan(0);
  });

  it.each([
    ['de', 'Die Stadt muss die Brücke ab Montag für den Verkehr sperren.'],
    ['de', 'Der Verein muss eine Geldstrafe zahlen.'],
    ['de', 'Ab Januar dürfen in der Innenstadt keine Dieselautos mehr fahren.'],
    ['en', 'The city must close the bridge to traffic starting next week.'],
    ['en', 'The council has to repay the grant.'],
  ])('%s: reads a duty or decision of an authority or named party in %j, typed as a rule', (language, text) => {
    expect(only(text, language).type).toBe('law');
    expect(rules(text, language).codes).toContain('decision');
  });

  it.each([
    ['de', 'Die Sperrung gilt zunächst für 30 Tage.'],
    ['de', 'Die Regel gilt bis Ende Juni.'],
    ['en', 'The permit is valid for five years.'],
    ['en', 'The order remains in force until March.'],
  ])('%s: types how long a rule applies %j as a rule', (language, text) => {
    expect(only(text, language).type).toBe('law');
  });

  it.each([
    ['en', 'Thank you very much.'],
    ['en', 'I will fight for every family in this country.'],
    ['en', "That's just not true."],
    ['en', 'Let me tell you something.'],
    ['en', 'We need to rebuild our infrastructure.'],
    ['en', 'Our country is in serious trouble.'],
    ['en', "We're going to make America great again."],
    ['en', 'I love this country.'],
    ['en', 'What are we going to do about it?'],
    ['en', 'Critics argue the council should have acted years ago.'],
    ['en', 'It remains to be seen whether the deal survives.'],
    ['en', 'People need to wake up.'],
    ['de', 'Das ist ein schwarzer Tag für die Demokratie.'],
    ['de', 'Experten rechnen mit weiteren Preissteigerungen.'],
    ['de', 'Die Partie beginnt um 18.30 Uhr.'],
    ['de', 'Man darf gespannt sein, wie es weitergeht.'],
    ['de', 'Wir müssen jetzt handeln.'],
    ['de', 'Man muss das differenziert sehen.'],
    ['de', 'Das finde ich unerträglich.'],
    ['de', 'Vielen Dank für die Einladung.'],
  ])('%s: the rules count the demand, wish, greeting or opinion %j against check-worthiness', (language, text) => {
    expect(rules(text, language).logit).toBeLessThan(0);
  });

  it('links a quote to the speaker named after it', () => {
    const claim = only('„Die Exporte sind um zwölf Prozent eingebrochen“, schildert Verbandschefin Marlene Ostrowski.');
    expect(claim.speaker?.name).toBe('Marlene Ostrowski');
    expect(claim.type).toBe('quote');
  });

  it('links every sentence of a quote spanning sentences to its speaker', () => {
    const text = 'Die Ministerin Eva Roth äußerte sich. "Wir haben 300 Schulen gebaut. Dafür gaben wir 2 Milliarden Euro aus", sagte Roth.';
    const { claims } = extractClaims(text);
    const quoted = claims.filter((c) => c.text.includes('Schulen') || c.text.includes('Milliarden'));
    expect(quoted).toHaveLength(2);
    for (const c of quoted) expect(c.speaker?.name).toBe('Roth');
  });

  it.each([
    ['de', 'Laut dem Statistischen Bundesamt lebten 2023 rund 84 Millionen Menschen in Deutschland.', 'Statistischen Bundesamt'],
    ['en', 'According to the World Bank, 700 million people live in extreme poverty.', 'World Bank'],
    ['en', 'Unemployment fell to 4 percent, Smith said.', 'Smith'],
  ])('%s: names the source of reported speech in %j', (language, text, speaker) => {
    expect(only(text, language).speaker?.name).toBe(speaker);
  });

  it('detects German and English, and lets the caller override', () => {
    expect(extractClaims('Die Regierung hat das Gesetz beschlossen und die Steuern erhöht.').language).toBe('de');
    expect(extractClaims('The government has passed the law and raised taxes.').language).toBe('en');
    const forced = extractClaims('The government has passed the law.', { language: 'de' });
    expect(forced).toMatchObject({ language: 'de', languageSource: 'option', supported: true });
  });

  it('degrades gracefully for other languages: numbers still found, language flagged', () => {
    const result = extractClaims("Le chômage a atteint 7,5 % en 2023. C'est une bonne nouvelle pour le gouvernement.");
    expect(result).toMatchObject({ language: 'fr', supported: false, sentenceCount: 2 });
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]?.quantities[0]).toMatchObject({ value: 7.5, unit: 'percent' });
    expect(result.claims[0]?.reasons.map((r) => r.code)).toContain('unsupported-language');
  });

  it('honours minScore and maxClaims, keeping the best claims in text order', () => {
    const text = 'Die Zahl stieg auf 500. Ich finde das gut. Die Quote lag bei 5 Prozent. Am Montag kam Müller.';
    const all = extractClaims(text, { minScore: 0 }).claims;
    expect(all).toHaveLength(4);
    const best = extractClaims(text, { minScore: 0, maxClaims: 2 }).claims;
    expect(best).toHaveLength(2);
    expect(best[0]!.start).toBeLessThan(best[1]!.start);
    expect(Math.min(...best.map((c) => c.score))).toBeGreaterThanOrEqual(Math.max(...all.filter((c) => !best.includes(c) && !best.some((b) => b.start === c.start)).map((c) => c.score)));
    expect(extractClaims(text, { minScore: 1.01 }).claims).toEqual([]);
  });

  it('gives every claim a known type, a score in [0, 1] and labelled reasons', () => {
    const { claims } = extractClaims('Die Inflation stieg um 3 Prozent. Der Minister trat am Montag zurück. Das Gesetz verbietet Rauchen.', { minScore: 0 });
    for (const c of claims) {
      expect(CLAIM_TYPES).toContain(c.type);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const r of c.reasons) expect(reasonLabels[r.code]).toEqual({ en: expect.any(String), de: expect.any(String) });
    }
  });
});
