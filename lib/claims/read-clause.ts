import type { ClauseGrammar, Lexicon } from './lexicon-types';
import type { Token } from './tokenize';

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
}

/** A language's closed word classes as sets, built once per language. */
export interface ClauseReader {
  language: string;
  personal: Set<string>;
  personalPossessives: Set<string>;
  generic: Set<string>;
  deictic: Set<string>;
  concrete: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  introducers: Set<string>;
  adverbs: Set<string>;
  negations: Set<string>;
  presentAuxiliaries: Set<string>;
  pastAuxiliaries: Set<string>;
  strongPast: Set<string>;
  obligationModals: Set<string>;
  possibilityModals: Set<string>;
  adviceModals: Set<string>;
  futureAuxiliaries: Set<string>;
  copulas: Set<string>;
}

export function buildClauseReader(lexicon: Lexicon, language: string): ClauseReader {
  const g: ClauseGrammar = lexicon.grammar;
  return {
    language,
    personal: new Set(g.personal),
    personalPossessives: new Set(g.personalPossessives),
    generic: new Set(g.generic),
    deictic: new Set(g.deictic),
    concrete: new Set(g.concrete),
    determiners: new Set(g.determiners),
    prepositions: new Set(g.prepositions),
    introducers: new Set(g.introducers),
    adverbs: new Set(g.adverbs),
    negations: new Set(g.negations),
    presentAuxiliaries: new Set(g.presentAuxiliaries),
    pastAuxiliaries: new Set(g.pastAuxiliaries),
    strongPast: new Set(g.strongPast),
    obligationModals: new Set(g.obligationModals),
    possibilityModals: new Set(g.possibilityModals),
    adviceModals: new Set(g.adviceModals),
    futureAuxiliaries: new Set(g.futureAuxiliaries),
    copulas: new Set(g.copulas),
  };
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
  if (!r.copulas.has(tokens[verb]?.lower ?? '')) return false;
  for (let k = verb + 1; k < tokens.length && k - verb <= 8; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'punct') return false;
    if (t.kind === 'number') continue;
    if (r.language === 'de') {
      if (t.cap && t.text !== 'Sie') return true;
    } else if (!r.adverbs.has(t.lower)) {
      return t.cap || (r.determiners.has(t.lower) && !r.prepositions.has(t.lower));
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

function pronounKind(r: ClauseReader, lower: string): SubjectKind | null {
  if (r.personal.has(lower)) return 'personal';
  if (r.generic.has(lower)) return 'generic';
  if (r.deictic.has(lower)) return 'deictic';
  if (r.concrete.has(lower)) return 'concrete';
  return null;
}

function hasNegationAfter(r: ClauseReader, tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && (r.negations.has(t.lower) || t.lower.endsWith("n't"))) return true;
  }
  return false;
}

/** A modal of possibility under a negation ("darf nicht", "can't", "may not") is a prohibition. */
function moodOf(r: ClauseReader, lower: string, tokens: Token[], verb: number): ClauseMood {
  if (r.obligationModals.has(lower)) return 'obligation';
  if (r.possibilityModals.has(lower)) return hasNegationAfter(r, tokens, verb) ? 'obligation' : 'possibility';
  if (r.adviceModals.has(lower)) return 'advice';
  if (r.futureAuxiliaries.has(lower)) return 'future';
  return 'indicative';
}

// ---------------------------------------------------------------------------------------------
// German: the finite verb stands second, after one constituent (subject, object or adverbial).

/** End of a German noun phrase from `i` ("die neue Regel", "Ein Drittel der Schulen", "Borussia Dortmund"), or `i`. */
function germanPhraseEnd(r: ClauseReader, tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 4) {
    const t = tokens[k];
    if (!t || !(t.kind === 'number' || (t.kind === 'word' && r.determiners.has(t.lower) && !(k > i && t.cap)))) break;
    k++;
  }
  const adjectives = k;
  while (k - adjectives < 3 && isGermanAdjective(r, tokens[k])) k++;
  if (!isWord(tokens[k]) || !tokens[k]!.cap) return i;
  while (isWord(tokens[k]) && (tokens[k]!.cap || tokens[k]!.caps) && pronounKind(r, tokens[k]!.lower) === null) k++;
  return k;
}

/** The shape of a German finite verb: an auxiliary, an irregular past, or an ending in -t, -e or -n. */
function looksFinite(r: ClauseReader, w: string): boolean {
  return isFiniteForm(r, w) || r.strongPast.has(w) || w.endsWith('t') || w.endsWith('e') || w.endsWith('n');
}

/** A declined adjective inside a noun phrase ("neue", "früheren"), not a verb ("ist", "finde" before a pronoun). */
function isGermanAdjective(r: ClauseReader, t: Token | undefined): boolean {
  if (!isWord(t) || t.cap || r.determiners.has(t.lower) || isFiniteForm(r, t.lower)) return false;
  const w = t.lower;
  return w.endsWith('e') || w.endsWith('en') || w.endsWith('er') || w.endsWith('es') || w.endsWith('em');
}

function isFiniteForm(r: ClauseReader, w: string): boolean {
  return (
    r.presentAuxiliaries.has(w) ||
    r.pastAuxiliaries.has(w) ||
    r.obligationModals.has(w) ||
    r.possibilityModals.has(w) ||
    r.adviceModals.has(w) ||
    r.futureAuxiliaries.has(w)
  );
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
    const from = r.prepositions.has(t.lower) ? k + 1 : t.lower === 'der' || t.lower === 'des' || t.lower === 'eines' || t.lower === 'einer' ? k : -1;
    if (from < 0) break;
    const end = germanPhraseEnd(r, tokens, from);
    if (end <= from) break;
    k = end;
  }
  return k;
}

function germanTense(r: ClauseReader, lower: string, pastAction: boolean): 'present' | 'past' {
  if (r.pastAuxiliaries.has(lower) || r.strongPast.has(lower)) return 'past';
  if (r.presentAuxiliaries.has(lower)) return pastAction && (lower === 'hat' || lower === 'haben' || lower === 'ist' || lower === 'sind') ? 'past' : 'present';
  return lower.endsWith('te') || lower.endsWith('ten') ? 'past' : 'present';
}

/** After an adverbial opening the subject follows the verb: "Ab Montag gilt das Verbot", "Seit Jahren gibt es…". */
function subjectAfterVerb(r: ClauseReader, after: Token, verb: Token): SubjectKind {
  const kind = pronounKind(r, after.lower);
  if (after.lower === 'es') return verb.lower === 'gibt' || verb.lower === 'gab' ? 'concrete' : 'deictic';
  // "das", "dies" here are articles of the subject's noun.
  return kind === null || kind === 'deictic' ? 'concrete' : kind;
}

function readGerman(r: ClauseReader, tokens: Token[], pastAction: boolean): Clause | null {
  const i = firstWordFrom(tokens, 0);
  const first = tokens[i];
  if (!first) return null;
  let subject: SubjectKind = 'concrete';
  let adverbial = false;
  let end: number;
  if (r.introducers.has(first.lower)) {
    end = afterComma(tokens, i, REACH);
    adverbial = true;
  } else if (r.prepositions.has(first.lower)) {
    const phrase = germanPhraseEnd(r, tokens, i + 1);
    if (phrase <= i + 1) return null;
    end = germanAttributes(r, tokens, phrase);
    adverbial = true;
  } else {
    // Every sentence starts capitalized: "Man", "Wir", "Es" are pronouns, not nouns.
    const pronoun = r.determiners.has(first.lower) ? null : pronounKind(r, first.lower);
    const phrase = pronoun ? i : germanPhraseEnd(r, tokens, i);
    if (phrase > i) {
      end = germanAttributes(r, tokens, phrase);
      if (r.personalPossessives.has(first.lower)) subject = 'personal';
    } else {
      const kind = pronoun ?? pronounKind(r, first.lower);
      if (!kind) return null;
      subject = kind;
      end = i + 1;
    }
  }
  // "Der Minister, der … war, trat zurück": skip a relative clause.
  if (end >= 0 && tokens[end]?.text === ',' && isWord(tokens[end + 1]) && r.determiners.has(tokens[end + 1]!.lower)) end = afterComma(tokens, end + 1, REACH);
  if (end < 0) return null;
  const verb = tokens[end];
  if (!isWord(verb) || verb.cap || r.determiners.has(verb.lower) || r.prepositions.has(verb.lower) || r.adverbs.has(verb.lower) || !looksFinite(r, verb.lower)) return null;
  const after = tokens[end + 1];
  if (isWord(after)) {
    // A subject pronoun right after the verb is the subject ("Jetzt müssen wir…", "Das finde ich…").
    if (after.text === 'Sie' || r.personal.has(after.lower)) subject = 'personal';
    else if (after.lower === 'man') subject = 'generic';
    else if (adverbial) subject = subjectAfterVerb(r, after, verb);
  }
  // Sentence-initial "Sie" with a plural verb addresses the reader ("Sie müssen…").
  if (first.text === 'Sie' && end === i + 1 && verb.lower.endsWith('en')) subject = 'personal';
  return { subject, tense: germanTense(r, verb.lower, pastAction), mood: moodOf(r, verb.lower, tokens, end), nominal: hasNominalComplement(r, tokens, end) };
}

// ---------------------------------------------------------------------------------------------
// English: subject, then verb; an opening adverbial ends at a comma.

function isEnglishFinite(r: ClauseReader, t: Token): boolean {
  return isFiniteForm(r, t.lower);
}

function isPastForm(r: ClauseReader, w: string): boolean {
  return r.strongPast.has(w) || (w.length >= 4 && w.endsWith('ed') && !w.endsWith('eed'));
}

function isFunctionWord(r: ClauseReader, w: string): boolean {
  return r.determiners.has(w) || r.prepositions.has(w) || r.adverbs.has(w) || w === 'and' || w === 'or' || w === 'but';
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
  if (t.cap || prev.kind !== 'word' || r.determiners.has(prev.lower) || isFunctionWord(r, t.lower)) return false;
  const next = tokens[k + 1];
  // "The county's hospitals have closed": a noun before the verb, not the verb.
  if (isWord(next) && (isEnglishFinite(r, next) || (!next.cap && isPastForm(r, next.lower) && !r.prepositions.has(next.lower)))) return false;
  if (isPastForm(r, t.lower)) return true;
  const w = t.lower;
  if (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith('ous')) return true;
  return isPluralHead(prev);
}

function englishTense(r: ClauseReader, tokens: Token[], verb: number): 'present' | 'past' {
  const w = tokens[verb]?.lower ?? '';
  if (r.pastAuxiliaries.has(w) || isPastForm(r, w)) return 'past';
  if (w === 'has' || w === 'have' || w === "hasn't" || w === "haven't") {
    for (let k = verb + 1; k < tokens.length && k - verb <= 3; k++) {
      const t = tokens[k];
      if (isWord(t) && isPastForm(r, t.lower)) return 'past';
    }
  }
  return 'present';
}

function englishMood(r: ClauseReader, tokens: Token[], verb: number): ClauseMood {
  const w = tokens[verb]?.lower ?? '';
  const next = tokens[verb + 1]?.lower;
  if ((w === 'has' || w === 'have' || w === 'need' || w === 'needs') && next === 'to') return 'obligation';
  if ((w === 'is' || w === 'are') && next === 'going' && tokens[verb + 2]?.lower === 'to') return 'future';
  return moodOf(r, w, tokens, verb);
}

/** The verb inside a contraction ("we're", "that's", "she'll"). */
function contractionClause(subject: SubjectKind, lower: string): Clause | null {
  const apostrophe = lower.indexOf("'");
  if (apostrophe < 0) return null;
  const rest = lower.slice(apostrophe + 1);
  const mood: ClauseMood = rest === 'll' ? 'future' : rest === 'd' ? 'advice' : 'indicative';
  return { subject, tense: 'present', mood, nominal: false };
}

function englishClause(r: ClauseReader, tokens: Token[], subject: SubjectKind, verb: number): Clause {
  return { subject, tense: englishTense(r, tokens, verb), mood: englishMood(r, tokens, verb), nominal: hasNominalComplement(r, tokens, verb) };
}

function readEnglish(r: ClauseReader, tokens: Token[]): Clause | null {
  let i = firstWordFrom(tokens, 0);
  const opener = tokens[i];
  if (!opener) return null;
  if (r.introducers.has(opener.lower)) {
    // "According to the agency, …"; without a comma only the word itself ("Yesterday the council…").
    const after = afterComma(tokens, i, 25);
    if (after >= 0) i = after;
    else if (!r.determiners.has(opener.lower)) i = firstWordFrom(tokens, i + 1);
  }
  const first = tokens[i];
  if (!first) return null;
  let k = i;
  while (k < tokens.length && k - i < 5 && (tokens[k]?.kind === 'number' || (isWord(tokens[k]) && r.determiners.has(tokens[k]!.lower)))) k++;
  const head = tokens[k];
  const kind = pronounKind(r, first.lower);
  // No noun after the opening word: it is a pronoun ("That's…", "We need…", "It remains…").
  if (kind && (k === i || !isWord(head) || isEnglishFinite(r, head))) {
    const contracted = contractionClause(kind, first.lower);
    if (contracted) return contracted;
    let verb = i + 1;
    while (isWord(tokens[verb]) && r.adverbs.has(tokens[verb]!.lower)) verb++;
    const v = tokens[verb];
    if (!isWord(v) || v.cap || (!isEnglishFinite(r, v) && !isPastForm(r, v.lower) && isFunctionWord(r, v.lower))) return null;
    return englishClause(r, tokens, kind, verb);
  }
  let subject: SubjectKind = r.personalPossessives.has(first.lower) ? 'personal' : 'concrete';
  if (k === i && r.generic.has(first.lower)) subject = 'generic';
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
      if (v === i + 1 && r.generic.has(first.lower)) subject = 'generic';
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
