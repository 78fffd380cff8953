import synonymTable from '../../data/matching/german-synonyms.json';
import verbTable from '../../data/matching/german-verb-forms.json';
import { foldText, textWords } from './fold-text';
import { joinSeparableVerbs } from './separable-verbs';

const STOP = new Set(
  (
    // German
    'der die das den dem des ein eine einer einem einen eines und oder aber auch als am an auf aus bei bis durch für gegen in im ins mit nach nicht noch nur ob ohne seit so über um unter vom von vor während wie zu zum zur ist sind war waren wird werden wurde wurden worden hat haben hatte hatten habe sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem es er sie wir ich man sich dass daß da dann denn doch schon sehr mehr weniger als wenn weil diese dieser dieses diesen diesem jener jene alle allen aller laut demnach zufolge sagte sagt erklärte teilte mit mitgeteilt mitteilte mitteilten berichtete berichteten hieß heißt soll sollen sollte kann können konnte muss müssen rund etwa knapp fast mehr gut ca circa bereits inzwischen jetzt heute gestern jahr jahre jahren jahres zahl anzahl prozent millionen million milliarden tausend hundert lag liegt lagen liegen beträgt betrug betragen gibt gab gab es hatte seien sei wäre würde hätte hätten wären würden werde könne könnten müsse müssten solle sollten dürfe insgesamt bisher rund' +
    ' ' +
    // English
    'the a an and or but also as at on in into of for to from by with without about over under after before during since until than then that this these those there their its it is are was were be been being has have had do does did not no nor only so such very more less most least will would shall should can could may might must said says say told according per cent percent million millions billion billions thousand thousands hundred year years who which what when where while he she they we you i his her them our stood stands total some just only around'
  )
    .split(' ')
    // Compared with folded words: "für" is read as "fur".
    .map(foldText),
);

const GERMAN_ENDINGS = ['ungen', 'ung', 'heit', 'keit', 'lich', 'isch', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];
const ENGLISH_ENDINGS = ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'ly', 's'];

/** The word folded with one common ending off. */
function withoutEnding(folded: string, language: string): string {
  let w = folded.replace(/'s$/, '');
  // "taxes", "crashes": the e belongs to the plural; "refugees", "prices": to the word.
  if (language === 'en' && /(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  const endings = language === 'de' ? GERMAN_ENDINGS : language === 'en' ? ENGLISH_ENDINGS : [];
  for (const e of endings) {
    if (w.length - e.length >= 4 && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  return w;
}

/** The forms of data/matching/german-verb-forms.json without their ending: read by the table, not by `germanVerbStem` ("brachte" is not "brach"). */
const GERMAN_VERB_FORM_BASES = new Set(verbTable.verbs.flat().map((form) => withoutEnding(foldText(form), 'de')));

/**
 * A German verb's forms end in -t where the noun of its stem does not: "raucht", "rauchte" and
 * "rauchten" (without their ending "raucht") against "Raucher" and "Rauchen"; "arbeitet" against
 * "Arbeit". So -t comes off after a consonant, -et after t or d. Not after s: "Verlust", "Dienst"
 * and "Kunst" are nouns, and few verbs end in -st.
 */
function germanVerbStem(w: string): string {
  if (GERMAN_VERB_FORM_BASES.has(w)) return w;
  // "errichtet" → "erricht" → "errich", as "Errichtung" is read.
  const stem = w.length - 2 >= 4 && /[td]et$/.test(w) ? w.slice(0, -2) : w;
  return stem.length - 1 >= 4 && /[b-df-hj-np-rv-z]t$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The word folded with a common ending off, at full length: what a German compound ends in. German verb forms lose their -t. */
export function baseOf(folded: string, language: string): string {
  const w = withoutEnding(folded, language);
  return language === 'de' ? germanVerbStem(w) : w;
}

/** A crude stem: the base, at most seven letters ("Arbeitslosenquote", "Arbeitslosigkeit"). */
export function stemOf(folded: string, language: string): string {
  return baseOf(folded, language).slice(0, 7);
}

/** German synonyms (data/matching/german-synonyms.json): the base of every spelling → the base of its group's first word. */
const GERMAN_SYNONYMS = new Map<string, string>();
for (const group of synonymTable.groups) {
  const [first] = group;
  if (first === undefined) continue;
  const canonical = baseOf(foldText(first), 'de');
  for (const word of group) {
    const base = baseOf(foldText(word), 'de');
    const known = GERMAN_SYNONYMS.get(base);
    if (known !== undefined && known !== canonical) throw new Error(`data/matching/german-synonyms.json: ${word} reads like a word of another group`);
    GERMAN_SYNONYMS.set(base, canonical);
  }
}

/** German strong verbs (data/matching/german-verb-forms.json): the base of every form → the base of its row's first word. */
const GERMAN_VERB_FORMS = new Map<string, string>();
for (const row of verbTable.verbs) {
  const [first] = row;
  if (first === undefined) continue;
  const canonical = baseOf(foldText(first), 'de');
  for (const form of row) {
    const base = baseOf(foldText(form), 'de');
    const known = GERMAN_VERB_FORMS.get(base) ?? GERMAN_SYNONYMS.get(base);
    if (known !== undefined && known !== canonical) throw new Error(`data/matching/german-verb-forms.json: ${form} reads like a word of another row or synonym group`);
    GERMAN_VERB_FORMS.set(base, canonical);
  }
}

/** A German base read as its verb's (stieg, gestiegen → steig), then as its synonym group's first word. */
export function germanWordOf(base: string): string {
  return germanSynonymOf(GERMAN_VERB_FORMS.get(base) ?? base);
}

/** The shortest last part left when a compound is read by its first part ("Gas|prei(s)"), its base cut as a word's is. */
export const SPLIT_LAST_PART = 4;

/** The shortest last part of a compound read as a synonym ("Messer|attacke"), and the least before it. */
const SYNONYM_HEAD = 5;
const SYNONYM_MODIFIER = 3;

/** A German base read as its synonym group's first word; for a compound, its longest last part that is in a group. */
export function germanSynonymOf(base: string): string {
  const whole = GERMAN_SYNONYMS.get(base);
  if (whole !== undefined) return whole;
  const last = lastPartSynonym(base);
  return last ? base.slice(0, last.at) + last.group : base;
}

/** A compound's longest last part that is in a synonym group: where it starts, and the group. */
function lastPartSynonym(base: string): { at: number; group: string } | null {
  for (let i = SYNONYM_MODIFIER; i <= base.length - SYNONYM_HEAD; i++) {
    const group = GERMAN_SYNONYMS.get(base.slice(i));
    if (group !== undefined) return { at: i, group };
  }
  return null;
}

/**
 * The synonym groups a German base (as contentWords gives it) belongs to, each by its first word's
 * base: as a whole ("Pandemie"), by its last part ("Messerattacke") and by its first part
 * ("Gaspreis": Erdgas). For finding candidates that say it in other words.
 */
export function germanSynonymGroupsOf(base: string): string[] {
  const groups = new Set<string>();
  const whole = GERMAN_SYNONYMS.get(base);
  if (whole !== undefined) groups.add(whole);
  const last = lastPartSynonym(base);
  if (last) groups.add(last.group);
  // A first part needs a last part of a word's length after it ("Gas|preis", not "Strom|er").
  for (let i = SYNONYM_MODIFIER; i <= base.length - SPLIT_LAST_PART; i++) {
    const first = GERMAN_SYNONYMS.get(baseOf(base.slice(0, i), 'de'));
    if (first !== undefined) groups.add(first);
  }
  return [...groups].sort();
}

export interface ContentWord {
  text: string;
  stem: string;
  /** The untruncated base ("teilzeitbeschaftigt"), for German compounds; German verb forms read as their verb, synonyms as their group's first word. */
  base: string;
  start: number;
  end: number;
}

/** The words that carry content: no function words, no bare numbers. One per stem, in text order; a German separable verb with its particle ("gaben … aus" as "ausgaben"). */
export function contentWords(text: string, language: string): ContentWord[] {
  const seen = new Set<string>();
  const out: ContentWord[] = [];
  const words = language === 'de' ? joinSeparableVerbs(textWords(text), text, (folded) => STOP.has(folded)) : textWords(text);
  for (const w of words) {
    if (STOP.has(w.folded) || !/\p{L}/u.test(w.folded) || w.folded.length < 3) continue;
    const plain = baseOf(w.folded, language);
    const base = language === 'de' ? germanWordOf(plain) : plain;
    const stem = base.slice(0, 7);
    if (seen.has(stem)) continue;
    seen.add(stem);
    out.push({ text: w.text, stem, base, start: w.start, end: w.end });
  }
  return out;
}
