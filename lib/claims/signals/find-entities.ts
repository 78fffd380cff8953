import * as cacheModule from '../text/bounded-cache';
import * as firstNameModule from '../lexicon/first-names';
import * as gazetteerModule from '../lexicon/gazetteer';
import type { Lexicon } from '../lexicon/lexicon-types';
import type { Entity, EntityKind } from '../types';
import type { EntityLexicon, Token } from '../text/word-types';

/** What an article has revealed so far: later mentions of "Satpaev" are the person "Dosim Satpaev". */
export interface EntityMemory {
  people: Map<string, string>;
  /** The last person named, for "he said" / "sagte sie". */
  lastPerson: { name: string; start: number; end: number } | null;
}

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { firstNames } = firstNameModule;
const { remember } = cacheModule;
const { capitalsOnly, gazetteer, multiWordStarts } = gazetteerModule;

const NAME_PARTICLES = new Set(['von', 'van', 'de', 'da', 'di', 'du', 'der', 'den', 'al', 'bin', 'le', 'la', 'del']);
const ACRONYM_NOISE = new Set(['I', 'II', 'III', 'IV', 'OK', 'TV', 'CEO', 'CFO', 'PS', 'KW', 'AM', 'PM', 'GDP', 'BIP', 'CO2', 'COVID', 'AIDS', 'HIV', 'DNA', 'PCR', 'USB', 'PDF', 'FAQ', 'ID', 'IT', 'KI', 'AI', 'EM', 'WM', 'NS', 'DDR', 'PR', 'SMS', 'ICE', 'LKW', 'PKW', 'VAT', 'MWST', 'CET', 'MEZ', 'UTC', 'GMT', 'USD', 'EUR', 'GBP', 'CHF', 'RUB', 'JPY', 'CNY', 'ZDF', 'HQ', 'Q1', 'Q2', 'Q3', 'Q4']);

export function buildEntityLexicon(lexicon: Lexicon): EntityLexicon {
  return {
    lexicon,
    titleCache: new Map(),
    organisationCache: new Map(),
    titles: new Set(lexicon.personTitles),
    notNames: new Set(lexicon.notNames),
    organisationWords: new Set(lexicon.organisationWords),
  };
}

/** The kind of a well-known name, lower case; "WHO" and "US" count only in capitals. */
export function knownKind(word: string, caps: boolean): EntityKind | undefined {
  const kind = gazetteer.get(word);
  if (kind && capitalsOnly.has(word) && !caps) return undefined;
  if (kind) return kind;
  // German genitive: "Kasachstans", "Russlands".
  if (word.endsWith('s') && word.length > 4) {
    const stem = word.slice(0, -1);
    if (!capitalsOnly.has(stem)) return gazetteer.get(stem);
  }
  return undefined;
}

function isAcronym(t: { text: string; caps: boolean }): boolean {
  return t.caps && t.text.length <= 6 && !ACRONYM_NOISE.has(t.text) && !t.text.includes('-');
}

/** The word, or a compound ending in one of `endings` ("Außenministerin" ends in "ministerin"). */
function wordOrEnding(w: string, [words, endings]: readonly [Set<string>, readonly string[]]): boolean {
  if (words.has(w)) return true;
  for (const ending of endings) if (w.length > ending.length + 2 && w.endsWith(ending)) return true;
  return false;
}

export function isTitle(lex: EntityLexicon, lower: string): boolean {
  return remember(lex.titleCache, lower, wordOrEnding, [lex.titles, lex.lexicon.personTitleEndings] as const);
}

function isOrganisationWord(lex: EntityLexicon, w: string): boolean {
  return remember(lex.organisationCache, w, wordOrEnding, [lex.organisationWords, lex.lexicon.organisationEndings] as const);
}

/** The kind of a well-known name of several words ("United Nations") spelled by `tokens[from, to)`. */
function wholeRunKind(tokens: Token[], from: number, to: number, caps: boolean): EntityKind | undefined {
  if (!multiWordStarts.has(tokens[from]?.lower ?? '')) return undefined;
  let name = tokens[from]?.lower ?? '';
  for (let k = from + 1; k < to; k++) name += ` ${tokens[k]?.lower ?? ''}`;
  return knownKind(name, caps);
}

function notName(lex: EntityLexicon, t: Token): boolean {
  return t.facts ? t.facts.notName : lex.notNames.has(t.lower);
}

function titleWord(lex: EntityLexicon, t: Token): boolean {
  return t.facts ? t.facts.title : isTitle(lex, t.lower);
}

function known(t: Token): EntityKind | undefined {
  return t.facts ? (t.facts.known ?? undefined) : knownKind(t.lower, t.caps);
}

function nameLike(lex: EntityLexicon, t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !notName(lex, t) && !titleWord(lex, t);
}

/** Capitalized words from `i`, with name particles between them ("Ursula von der Leyen"). */
function capitalRun(lex: EntityLexicon, tokens: Token[], i: number, max: number): number {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j];
    if (!t) break;
    if (nameLike(lex, t) || (t.caps && j > i)) {
      j++;
      continue;
    }
    if (j > i && t.kind === 'word' && NAME_PARTICLES.has(t.lower)) {
      let k = j;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k]?.lower ?? '') && k - j < 2) k++;
      if (nameLike(lex, tokens[k])) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** The kind a capitalized word has on its own: from the gazetteer, an organisation word, or an acronym. */
export function standaloneKind(lex: EntityLexicon, word: { text: string; lower: string; caps: boolean }): EntityKind | null {
  return knownKind(word.lower, word.caps) ?? (isOrganisationWord(lex, word.lower) || isAcronym(word) ? 'organisation' : null);
}

function wordKind(lex: EntityLexicon, t: Token): EntityKind | null {
  return t.facts ? t.facts.kind : standaloneKind(lex, t);
}

function classifySingle(lex: EntityLexicon, tokens: Token[], i: number, memory: EntityMemory, initial: boolean): EntityKind | null {
  const t = tokens[i];
  if (!t) return null;
  const known = wordKind(lex, t);
  if (known === 'place' || known === 'person' || (known === 'organisation' && !isAcronym(t))) return known;
  const prev = tokens[i - 1];
  if (prev && titleWord(lex, prev)) return 'person';
  if (tokens[i + 1]?.text === '(' && tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text === ')') return 'person';
  if (memory.people.has(t.lower)) return 'person';
  if (known) return known;
  if (initial || !lex.lexicon.pronouns.includes('he')) return null;
  return prev && ['in', 'at', 'from', 'near', 'across'].includes(prev.lower) ? 'place' : null;
}

function allCaps(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]?.caps) return false;
  return true;
}

function anyCaps(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.caps) return true;
  return false;
}

function classify(lex: EntityLexicon, tokens: Token[], from: number, to: number, memory: EntityMemory, initial: boolean): EntityKind | null {
  if (to - from === 1) return classifySingle(lex, tokens, from, memory, initial);
  const full = wholeRunKind(tokens, from, to, allCaps(tokens, from, to));
  if (full) return full;
  const prev = tokens[from - 1];
  if (prev && titleWord(lex, prev)) return 'person';
  if (to < tokens.length && tokens[to]?.text === '(' && tokens[to + 1]?.kind === 'number' && tokens[to + 2]?.text === ')') return 'person';
  for (let k = from; k < to; k++) if (isOrganisationWord(lex, (tokens[k] as Token).lower)) return 'organisation';
  for (let k = from; k < to; k++) {
    const kind = known(tokens[k] as Token);
    if (kind) return kind;
  }
  const first = tokens[from];
  const last = tokens[to - 1];
  const length = to - from;
  if (!first || !last) return null;
  if (memory.people.has(last.lower)) return 'person';
  if (length >= 2 && firstNames.has(first.lower)) return 'person';
  if (length === 1 && isAcronym(first)) return 'organisation';
  if (lex.lexicon === undefined || initial) return null;
  // English capitalizes only names mid-sentence; German capitalizes every noun, so stay silent there.
  if (lex.lexicon.pronouns.includes('he') && length >= 2 && length <= 3 && !anyCaps(tokens, from, to)) {
    return prev?.lower === 'the' ? 'organisation' : 'person';
  }
  if (lex.lexicon.pronouns.includes('he') && length === 1 && prev && ['in', 'at', 'from', 'near', 'across'].includes(prev.lower)) return 'place';
  return null;
}

/** A single mention: "Satpaev" when "Dosim Satpaev" is known, "CPC" in "CPC-Pipeline". */
function hyphenPrefix(t: Token): { text: string; length: number } | null {
  const dash = t.text.indexOf('-');
  if (dash < 2) return null;
  const head = t.text.slice(0, dash);
  if (head.toUpperCase() !== head || head.length > 6 || ACRONYM_NOISE.has(head) || /\d/.test(head)) return null;
  return { text: head, length: dash };
}

/**
 * German capitalizes every noun, so "Volksrepubliken Donezk" is not one name: a run of capitalized
 * words is kept whole only when it looks like a person's name.
 */
function germanNameRun(lex: EntityLexicon, tokens: Token[], from: number, to: number, memory: EntityMemory): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || known(first)) return false;
  if (wholeRunKind(tokens, from, to, false)) return true;
  if (firstNames.has(first.lower) || memory.people.has(last.lower)) return true;
  const prev = tokens[from - 1];
  if (prev && titleWord(lex, prev)) return true;
  return tokens[to]?.text === '(' && tokens[to + 1]?.kind === 'number';
}

/** People, organisations and places named in one sentence. */
export function findEntities(text: string, tokens: Token[], lex: EntityLexicon, memory: EntityMemory): Entity[] {
  const entities: Entity[] = [];
  let firstWord = 0;
  while (firstWord < tokens.length && tokens[firstWord]?.kind !== 'word') firstWord++;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !t.cap) {
      i++;
      continue;
    }
    const prefix = hyphenPrefix(t);
    if (prefix) {
      const kind = knownKind(prefix.text.toLowerCase(), true) ?? 'organisation';
      entities.push({ text: prefix.text, kind, start: t.start, end: t.start + prefix.length });
      i++;
      continue;
    }
    if (notName(lex, t) || titleWord(lex, t)) {
      i++;
      continue;
    }
    let end = capitalRun(lex, tokens, i, 5);
    if (end - i > 1 && lex.lexicon.pronouns.includes('er') && !germanNameRun(lex, tokens, i, end, memory)) end = i + 1;
    const kind = classify(lex, tokens, i, end, memory, i === firstWord && end - i === 1);
    const last = tokens[end - 1];
    if (kind && last) {
      const entity: Entity = { text: text.slice(t.start, last.end), kind, start: t.start, end: last.end };
      entities.push(entity);
      if (kind === 'person') {
        if (end - i >= 2) memory.people.set(last.lower, entity.text);
        memory.lastPerson = { name: memory.people.get(last.lower) ?? entity.text, start: entity.start, end: entity.end };
      }
    }
    i = Math.max(end, i + 1);
  }
  return entities;
}
