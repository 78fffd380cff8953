import type { ClauseGrammar, Lexicon } from '../lexicon/lexicon-types';
import type { ClauseReader, Token } from '../text/word-types';

/**
 * Who a sentence's main clause is about. `concrete`: a named or described party or thing ("Die
 * Stadt", "Vaccines", "he"); `personal`: the speaker or the audience ("wir", "our country");
 * `generic`: anyone ("man", "people"); `deictic`: the situation pointed at ("Das ist…", "It's…").
 */
export type SubjectKind = 'concrete' | 'personal' | 'generic' | 'deictic';

/**
 * The finite verb's mood: a plain statement, a duty ("muss", "has to", also "darf nicht"), a
 * possibility ("kann", "may"), advice or the subjunctive ("sollte", "would"), or the future.
 */
export type ClauseMood = 'indicative' | 'obligation' | 'possibility' | 'advice' | 'future';

export interface Clause {
  subject: SubjectKind;
  tense: 'present' | 'past';
  mood: ClauseMood;
  /** A copula with a noun phrase after it: what the subject is ("war Lobbyist", "was a member"), not how it is. */
  nominal: boolean;
  /** The finite verb is a Konjunktiv I ("Die Behörde sei nicht informiert gewesen"): reported speech. */
  reported: boolean;
}

/** The closed word classes of `ClauseGrammar`, as bits of one number per word. */
const PERSONAL = 1 << 0;
const PERSONAL_POSSESSIVES = 1 << 1;
const GENERIC = 1 << 2;
const DEICTIC = 1 << 3;
const CONCRETE = 1 << 4;
const DETERMINERS = 1 << 5;
const PREPOSITIONS = 1 << 6;
const INTRODUCERS = 1 << 7;
const ADVERBS = 1 << 8;
const NEGATIONS = 1 << 9;
const PRESENT_AUXILIARIES = 1 << 10;
const PAST_AUXILIARIES = 1 << 11;
const STRONG_PAST = 1 << 12;
const OBLIGATION_MODALS = 1 << 13;
const POSSIBILITY_MODALS = 1 << 14;
const ADVICE_MODALS = 1 << 15;
const FUTURE_AUXILIARIES = 1 << 16;
const COPULAS = 1 << 17;
const REPORTED = 1 << 18;
const COORDINATORS = 1 << 19;
/** Every auxiliary and modal: the finite forms a clause can turn on. */
const FINITE = PRESENT_AUXILIARIES | PAST_AUXILIARIES | OBLIGATION_MODALS | POSSIBILITY_MODALS | ADVICE_MODALS | FUTURE_AUXILIARIES;

export function buildClauseReader(lexicon: Lexicon, language: string): ClauseReader {
  const g: ClauseGrammar = lexicon.grammar;
  const classes = new Map<string, number>();
  const lists: ReadonlyArray<readonly [readonly string[], number]> = [
    [g.personal, PERSONAL],
    [g.personalPossessives, PERSONAL_POSSESSIVES],
    [g.generic, GENERIC],
    [g.deictic, DEICTIC],
    [g.concrete, CONCRETE],
    [g.determiners, DETERMINERS],
    [g.prepositions, PREPOSITIONS],
    [g.introducers, INTRODUCERS],
    [g.adverbs, ADVERBS],
    [g.negations, NEGATIONS],
    [g.presentAuxiliaries, PRESENT_AUXILIARIES],
    [g.pastAuxiliaries, PAST_AUXILIARIES],
    [g.strongPast, STRONG_PAST],
    [g.obligationModals, OBLIGATION_MODALS],
    [g.possibilityModals, POSSIBILITY_MODALS],
    [g.adviceModals, ADVICE_MODALS],
    [g.futureAuxiliaries, FUTURE_AUXILIARIES],
    [g.copulas, COPULAS],
    [g.reportedForms, REPORTED],
    [g.coordinators, COORDINATORS],
  ];
  for (const [words, bit] of lists) for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  return { language, classes };
}

/** The class bits of a word, from the word's facts when the extractor has looked them up. */
export function clauseClassesOf(r: ClauseReader, lower: string): number {
  return r.classes.get(lower) ?? 0;
}

function bitsOf(r: ClauseReader, t: Token): number {
  return t.facts ? t.facts.clause : clauseClassesOf(r, t.lower);
}

function is(r: ClauseReader, t: Token, bit: number): boolean {
  return (bitsOf(r, t) & bit) !== 0;
}

/** Clauses are read from the start of a sentence; a subject further on than this is not looked for. */
const REACH = 30;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/**
 * Whether the copula at `verb` has a noun phrase as complement: in German a noun (capitalized)
 * before the clause ends, in English an article or a name right after it (and any adverbs).
 */
function hasNominalComplement(r: ClauseReader, tokens: Token[], verb: number): boolean {
  const copula = tokens[verb];
  if (!copula || !is(r, copula, COPULAS)) return false;
  for (let k = verb + 1; k < tokens.length && k - verb <= 8; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'punct') return false;
    if (t.kind === 'number') continue;
    if (r.language === 'de') {
      if (t.cap && t.text !== 'Sie') return true;
    } else if (!is(r, t, ADVERBS)) {
      return t.cap || (is(r, t, DETERMINERS) && !is(r, t, PREPOSITIONS));
    }
  }
  return false;
}

function firstWordFrom(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k < REACH; k++) if (tokens[k]?.kind !== 'punct') return k;
  return -1;
}

/** The token after the first comma from `i` on, within `reach` tokens, or -1. */
function afterComma(tokens: Token[], i: number, reach: number): number {
  for (let k = i; k < tokens.length && k - i < reach; k++) if (tokens[k]?.text === ',') return firstWordFrom(tokens, k + 1);
  return -1;
}

function pronounKind(r: ClauseReader, t: Token): SubjectKind | null {
  const bits = bitsOf(r, t);
  if (bits & PERSONAL) return 'personal';
  if (bits & GENERIC) return 'generic';
  if (bits & DEICTIC) return 'deictic';
  if (bits & CONCRETE) return 'concrete';
  return null;
}

function hasNegationAfter(r: ClauseReader, tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && (is(r, t, NEGATIONS) || t.lower.endsWith("n't"))) return true;
  }
  return false;
}

/** A modal of possibility under a negation ("darf nicht", "can't", "may not") is a prohibition. */
function moodOf(r: ClauseReader, tokens: Token[], verb: number): ClauseMood {
  const v = tokens[verb];
  const bits = v ? bitsOf(r, v) : 0;
  if (bits & OBLIGATION_MODALS) return 'obligation';
  if (bits & POSSIBILITY_MODALS) return hasNegationAfter(r, tokens, verb) ? 'obligation' : 'possibility';
  if (bits & ADVICE_MODALS) return 'advice';
  if (bits & FUTURE_AUXILIARIES) return 'future';
  return 'indicative';
}

// ---------------------------------------------------------------------------------------------
// German: the finite verb stands second, after one constituent (subject, object or adverbial).

/** End of a German noun phrase from `i` ("die neue Regel", "Ein Drittel der Schulen", "Borussia Dortmund"), or `i`. */
function germanPhraseEnd(r: ClauseReader, tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 4) {
    const t = tokens[k];
    if (!t || !(t.kind === 'number' || (t.kind === 'word' && is(r, t, DETERMINERS) && !(k > i && t.cap)))) break;
    k++;
  }
  const adjectives = k;
  while (k - adjectives < 3 && isGermanAdjective(r, tokens[k])) k++;
  if (!isWord(tokens[k]) || !tokens[k]!.cap) return i;
  while (isWord(tokens[k]) && (tokens[k]!.cap || tokens[k]!.caps) && pronounKind(r, tokens[k]!) === null) k++;
  return k;
}

/** The shape of a German finite verb: an auxiliary, an irregular past, or an ending in -t, -e or -n. */
function looksFinite(r: ClauseReader, t: Token): boolean {
  const w = t.lower;
  return is(r, t, FINITE | STRONG_PAST) || w.endsWith('t') || w.endsWith('e') || w.endsWith('n');
}

/** A declined adjective inside a noun phrase ("neue", "früheren"), not a verb ("ist", "finde" before a pronoun). */
function isGermanAdjective(r: ClauseReader, t: Token | undefined): boolean {
  if (!isWord(t) || t.cap || is(r, t, DETERMINERS | FINITE)) return false;
  const w = t.lower;
  return w.endsWith('e') || w.endsWith('en') || w.endsWith('er') || w.endsWith('es') || w.endsWith('em');
}

/** Genitives, prepositional attributes and ages after a noun phrase: "der Abgeordneten", "von Kleinfeld", "(69)". */
function germanAttributes(r: ClauseReader, tokens: Token[], i: number): number {
  let k = i;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === '(') {
      let close = k + 1;
      while (close < tokens.length && close - k < 6 && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text !== ')') break;
      k = close + 1;
      continue;
    }
    if (t.kind !== 'word') break;
    const from = is(r, t, PREPOSITIONS) ? k + 1 : t.lower === 'der' || t.lower === 'des' || t.lower === 'eines' || t.lower === 'einer' ? k : -1;
    if (from < 0) break;
    const end = germanPhraseEnd(r, tokens, from);
    if (end <= from) break;
    k = end;
  }
  return k;
}

/** With a participle they form the perfect, reported ("habe … unterschrieben", "sei … gewesen") or not. */
const PERFECT_AUXILIARIES = new Set(['hat', 'haben', 'ist', 'sind', 'habe', 'sei', 'seien']);

function germanTense(r: ClauseReader, verb: Token, pastAction: boolean): 'present' | 'past' {
  const lower = verb.lower;
  if (is(r, verb, PAST_AUXILIARIES | STRONG_PAST)) return 'past';
  if (is(r, verb, PRESENT_AUXILIARIES)) return pastAction && PERFECT_AUXILIARIES.has(lower) ? 'past' : 'present';
  return lower.endsWith('te') || lower.endsWith('ten') ? 'past' : 'present';
}

/** After an adverbial opening the subject follows the verb: "Ab Montag gilt das Verbot", "Seit Jahren gibt es…". */
function subjectAfterVerb(r: ClauseReader, after: Token, verb: Token): SubjectKind {
  const kind = pronounKind(r, after);
  if (after.lower === 'es') return verb.lower === 'gibt' || verb.lower === 'gab' ? 'concrete' : 'deictic';
  // "das", "dies" here are articles of the subject's noun.
  return kind === null || kind === 'deictic' ? 'concrete' : kind;
}

function readGerman(r: ClauseReader, tokens: Token[], pastAction: boolean): Clause | null {
  let i = firstWordFrom(tokens, 0);
  // "Und deshalb hat…", "Doch offenbar lässt…": the conjunction stands before the first constituent
  // (unless the verb follows it at once: "Doch lässt sich…").
  const opener = tokens[i];
  const next = tokens[i + 1];
  if (opener && is(r, opener, COORDINATORS) && isWord(next) && !(looksFinite(r, next) && !next.cap && !is(r, next, ADVERBS | DETERMINERS))) i++;
  const first = tokens[i];
  if (!first) return null;
  let subject: SubjectKind = 'concrete';
  let adverbial = false;
  let end: number;
  if (is(r, first, ADVERBS) && !is(r, first, DETERMINERS | NEGATIONS)) {
    // An adverb as the first constituent ("Dort wird…", "Deshalb plant…"): the subject follows the verb.
    end = i + 1;
    adverbial = true;
  } else if (is(r, first, INTRODUCERS)) {
    end = afterComma(tokens, i, REACH);
    adverbial = true;
  } else if (is(r, first, PREPOSITIONS)) {
    const phrase = germanPhraseEnd(r, tokens, i + 1);
    if (phrase <= i + 1) return null;
    end = germanAttributes(r, tokens, phrase);
    adverbial = true;
  } else {
    // Every sentence starts capitalized: "Man", "Wir", "Es" are pronouns, not nouns.
    const pronoun = is(r, first, DETERMINERS) ? null : pronounKind(r, first);
    const phrase = pronoun ? i : germanPhraseEnd(r, tokens, i);
    if (phrase > i) {
      end = germanAttributes(r, tokens, phrase);
      if (is(r, first, PERSONAL_POSSESSIVES)) subject = 'personal';
    } else {
      const kind = pronoun ?? pronounKind(r, first);
      if (!kind) return null;
      subject = kind;
      end = i + 1;
    }
  }
  // "Der Minister, der … war, trat zurück": skip a relative clause.
  if (end >= 0 && tokens[end]?.text === ',' && isWord(tokens[end + 1]) && is(r, tokens[end + 1]!, DETERMINERS)) end = afterComma(tokens, end + 1, REACH);
  if (end < 0) return null;
  const verb = tokens[end];
  if (!isWord(verb) || verb.cap || is(r, verb, DETERMINERS | PREPOSITIONS | ADVERBS) || !looksFinite(r, verb)) return null;
  const after = tokens[end + 1];
  if (isWord(after)) {
    // A subject pronoun right after the verb is the subject ("Jetzt müssen wir…", "Das finde ich…").
    if (after.text === 'Sie' || is(r, after, PERSONAL)) subject = 'personal';
    else if (after.lower === 'man') subject = 'generic';
    else if (adverbial) subject = subjectAfterVerb(r, after, verb);
  }
  // Sentence-initial "Sie" with a plural verb addresses the reader ("Sie müssen…").
  if (first.text === 'Sie' && end === i + 1 && verb.lower.endsWith('en')) subject = 'personal';
  // "ich habe", "ich werde": the first person's present, not a report.
  const reported = is(r, verb, REPORTED) && subject !== 'personal';
  return { subject, tense: germanTense(r, verb, pastAction), mood: moodOf(r, tokens, end), nominal: hasNominalComplement(r, tokens, end), reported };
}

// ---------------------------------------------------------------------------------------------
// English: subject, then verb; an opening adverbial ends at a comma.

function isEnglishFinite(r: ClauseReader, t: Token): boolean {
  return is(r, t, FINITE);
}

function isPastForm(r: ClauseReader, t: Token): boolean {
  const w = t.lower;
  return is(r, t, STRONG_PAST) || (w.length >= 4 && w.endsWith('ed') && !w.endsWith('eed'));
}

function isFunctionWord(r: ClauseReader, t: Token): boolean {
  const w = t.lower;
  return is(r, t, DETERMINERS | PREPOSITIONS | ADVERBS) || w === 'and' || w === 'or' || w === 'but';
}

/** A plural or proper noun that a bare present verb can follow: "Vaccines cause", "turbines kill". */
function isPluralHead(t: Token): boolean {
  const w = t.lower;
  return w.length >= 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s");
}

/** Whether the word at `k` of a subject phrase is its verb: an auxiliary, a past form, or a present form after the head. */
function isEnglishVerbAt(r: ClauseReader, tokens: Token[], k: number, start: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!isWord(t) || !prev || k <= start) return false;
  if (isEnglishFinite(r, t)) return true;
  if (t.cap || prev.kind !== 'word' || is(r, prev, DETERMINERS) || isFunctionWord(r, t)) return false;
  const next = tokens[k + 1];
  // "The county's hospitals have closed": a noun before the verb, not the verb.
  if (isWord(next) && (isEnglishFinite(r, next) || (!next.cap && isPastForm(r, next) && !is(r, next, PREPOSITIONS)))) return false;
  if (isPastForm(r, t)) return true;
  const w = t.lower;
  if (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith('ous')) return true;
  return isPluralHead(prev);
}

function englishTense(r: ClauseReader, tokens: Token[], verb: number): 'present' | 'past' {
  const v = tokens[verb];
  if (!v) return 'present';
  if (is(r, v, PAST_AUXILIARIES) || isPastForm(r, v)) return 'past';
  const w = v.lower;
  if (w === 'has' || w === 'have' || w === "hasn't" || w === "haven't") {
    for (let k = verb + 1; k < tokens.length && k - verb <= 3; k++) {
      const t = tokens[k];
      if (isWord(t) && isPastForm(r, t)) return 'past';
    }
  }
  return 'present';
}

function englishMood(r: ClauseReader, tokens: Token[], verb: number): ClauseMood {
  const w = tokens[verb]?.lower ?? '';
  const next = tokens[verb + 1]?.lower;
  if ((w === 'has' || w === 'have' || w === 'need' || w === 'needs') && next === 'to') return 'obligation';
  if ((w === 'is' || w === 'are') && next === 'going' && tokens[verb + 2]?.lower === 'to') return 'future';
  return moodOf(r, tokens, verb);
}

/** The verb inside a contraction ("we're", "that's", "she'll"). */
function contractionClause(subject: SubjectKind, lower: string): Clause | null {
  const apostrophe = lower.indexOf("'");
  if (apostrophe < 0) return null;
  const rest = lower.slice(apostrophe + 1);
  const mood: ClauseMood = rest === 'll' ? 'future' : rest === 'd' ? 'advice' : 'indicative';
  return { subject, tense: 'present', mood, nominal: false, reported: false };
}

function englishClause(r: ClauseReader, tokens: Token[], subject: SubjectKind, verb: number): Clause {
  return { subject, tense: englishTense(r, tokens, verb), mood: englishMood(r, tokens, verb), nominal: hasNominalComplement(r, tokens, verb), reported: false };
}

function readEnglish(r: ClauseReader, tokens: Token[]): Clause | null {
  let i = firstWordFrom(tokens, 0);
  const opener = tokens[i];
  if (!opener) return null;
  if (is(r, opener, INTRODUCERS)) {
    // "According to the agency, …"; without a comma only the word itself ("Yesterday the council…").
    const after = afterComma(tokens, i, 25);
    if (after >= 0) i = after;
    else if (!is(r, opener, DETERMINERS)) i = firstWordFrom(tokens, i + 1);
  }
  const first = tokens[i];
  if (!first) return null;
  let k = i;
  while (k < tokens.length && k - i < 5 && (tokens[k]?.kind === 'number' || (isWord(tokens[k]) && is(r, tokens[k]!, DETERMINERS)))) k++;
  const head = tokens[k];
  const kind = pronounKind(r, first);
  // No noun after the opening word: it is a pronoun ("That's…", "We need…", "It remains…").
  if (kind && (k === i || !isWord(head) || isEnglishFinite(r, head))) {
    const contracted = contractionClause(kind, first.lower);
    if (contracted) return contracted;
    let verb = i + 1;
    while (isWord(tokens[verb]) && is(r, tokens[verb]!, ADVERBS)) verb++;
    const v = tokens[verb];
    if (!isWord(v) || v.cap || (!isEnglishFinite(r, v) && !isPastForm(r, v) && isFunctionWord(r, v))) return null;
    return englishClause(r, tokens, kind, verb);
  }
  let subject: SubjectKind = is(r, first, PERSONAL_POSSESSIVES) ? 'personal' : 'concrete';
  if (k === i && is(r, first, GENERIC)) subject = 'generic';
  for (let v = k; v < tokens.length && v - i < 12; v++) {
    const t = tokens[v];
    if (!t) break;
    if (t.kind === 'punct') {
      // "The senator, a Democrat, voted…": skip an apposition.
      if (t.text !== ',') return null;
      const after = afterComma(tokens, v + 1, 8);
      if (after < 0) return null;
      v = after - 1;
      continue;
    }
    if (isEnglishVerbAt(r, tokens, v, i)) {
      if (v === i + 1 && is(r, first, GENERIC)) subject = 'generic';
      return englishClause(r, tokens, subject, v);
    }
  }
  return null;
}

/**
 * Reads a sentence's main clause far enough to say who it is about and how its finite verb
 * speaks: the subject's kind, the tense and the mood. Word classes, not a parser: it returns null
 * when the clause does not start in a way it knows (questions, imperatives, fragments).
 */
export function readClause(reader: ClauseReader, tokens: Token[], pastAction: boolean): Clause | null {
  if (reader.language === 'de') return readGerman(reader, tokens, pastAction);
  if (reader.language === 'en') return readEnglish(reader, tokens);
  return null;
}
