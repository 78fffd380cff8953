import { isTitle, type EntityMemory } from './find-entities';
import type { CueScan } from './scan-cues';
import type { Speaker } from '../types';
import type { EntityLexicon, Token } from '../text/word-types';

const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'the', 'a', 'an', 'its', 'his', 'her', 'their']);
const DETERMINERS = new Set([...ARTICLES, 'diesem', 'dieser', 'diesen', 'dieses', 'diese', 'jedem', 'jeder', 'einem', 'einen', 'keine', 'keinem', 'zum', 'zur', 'im', 'am', 'vom', 'beim', 'aus', 'mit', 'von', 'in', 'this', 'that', 'these', 'those']);
const AFTER_SOURCE = new Set(['laut', 'according', 'nach']);
const SOURCE_BEFORE = new Set(['zufolge', 'angaben']);
const PLURAL_SOURCES = new Set(['officials', 'experts', 'analysts', 'researchers', 'scientists', 'police', 'authorities', 'sources', 'critics', 'economists', 'doctors', 'prosecutors', 'witnesses', 'data', 'figures', 'statistics', 'documents']);
const MAX_NAME = 4;

const isTitleWord = isTitle;

function span(text: string, tokens: Token[], from: number, to: number): Speaker | null {
  const a = tokens[from];
  const b = tokens[to - 1];
  return a && b && to > from ? { name: text.slice(a.start, b.end), start: a.start, end: b.end } : null;
}

const ENGLISH_MODIFIERS = new Set(['former', 'chief', 'senior', 'top', 'deputy', 'acting', 'then', 'new', 'local', 'federal', 'state', 'german', 'american', 'russian', 'british', 'french', 'us', 'eu']);

/** A lower-case word that can stand between an article and a name: "der kasachische Politologe". */
function isModifier(lower: string, lex: EntityLexicon): boolean {
  if (lex.lexicon.pronouns.includes('er')) return /(e|en|er|es)$/.test(lower);
  return ENGLISH_MODIFIERS.has(lower);
}

/** The speaker named from token `k` on: "der kasachische Politologe Dosim Satpaev", "er", "the minister". */
function nameAfter(text: string, tokens: Token[], k: number, lex: EntityLexicon, memory: EntityMemory): Speaker | null {
  let i = k;
  let roleFrom = -1;
  while (i < tokens.length && i - k < 5) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') break;
    if (lex.lexicon.pronouns.includes(t.lower) && i === k) return memory.lastPerson;
    if (ARTICLES.has(t.lower) || (!t.cap && isModifier(t.lower, lex) && i - k < 3)) {
      if (roleFrom < 0) roleFrom = i;
      i++;
      continue;
    }
    if (isTitleWord(lex, t.lower)) {
      if (roleFrom < 0) roleFrom = i;
      i++;
      const next = tokens[i];
      if (!next || next.kind !== 'word' || !next.cap || lex.notNames.has(next.lower)) return span(text, tokens, roleFrom, i);
      continue;
    }
    break;
  }
  const from = i;
  while (i < tokens.length && i - from < MAX_NAME) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !(t.cap || t.caps) || lex.notNames.has(t.lower)) break;
    i++;
  }
  if (i > from) return span(text, tokens, from, i);
  const plural = tokens[from - 1];
  if (plural && PLURAL_SOURCES.has(plural.lower)) return span(text, tokens, roleFrom >= 0 ? roleFrom : from - 1, from);
  return null;
}

/** The speaker named right before token `k`: "Satpaev deutlich macht", "the minister said". */
function nameBefore(text: string, tokens: Token[], k: number, lex: EntityLexicon, memory: EntityMemory): Speaker | null {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word') return null;
  if (lex.lexicon.pronouns.includes(prev.lower)) return memory.lastPerson;
  let i = k;
  while (i > 0 && k - i < MAX_NAME) {
    const t = tokens[i - 1];
    if (!t || t.kind !== 'word' || !(t.cap || t.caps) || lex.notNames.has(t.lower) || isTitleWord(lex, t.lower)) break;
    i--;
  }
  // German capitalizes nouns: "aus diesem Grund sieht" has no speaker before the verb.
  const determiner = tokens[i - 1];
  if (i < k && !(determiner && DETERMINERS.has(determiner.lower))) return span(text, tokens, i, k);
  if (isTitleWord(lex, prev.lower) || PLURAL_SOURCES.has(prev.lower)) {
    const article = tokens[k - 2];
    return span(text, tokens, article && ARTICLES.has(article.lower) ? k - 2 : k - 1, k);
  }
  return null;
}

/**
 * Who a sentence quotes or reports: the subject of its reporting verb, before it ("Müller sagte",
 * "Smith said") or after it ("sagte Müller", "schildert Satpaev", "said the minister"), or the
 * source after "laut" / "according to". Pronouns stand for the last person named.
 */
export function findSpeaker(text: string, tokens: Token[], cues: CueScan, lex: EntityLexicon, memory: EntityMemory): Speaker | null {
  for (const r of cues.reporting) {
    const t = tokens[r.index];
    if (!t) continue;
    const after = r.index + r.length;
    let speaker: Speaker | null;
    if (AFTER_SOURCE.has(t.lower)) speaker = nameAfter(text, tokens, after, lex, memory);
    else if (SOURCE_BEFORE.has(t.lower) || (r.length > 1 && tokens[after - 1]?.lower === 'zufolge')) speaker = nameBefore(text, tokens, r.index, lex, memory);
    else {
      const prev = tokens[r.index - 1];
      const wordBefore = prev !== undefined && prev.kind === 'word' && prev.lower !== 'es' && prev.lower !== 'so';
      speaker = wordBefore ? nameBefore(text, tokens, r.index, lex, memory) : null;
      speaker ??= nameAfter(text, tokens, after, lex, memory);
    }
    if (speaker) return speaker;
  }
  return commaSo(text, tokens, lex, memory);
}

/** German ", so Müller" at the end of a quote. */
function commaSo(text: string, tokens: Token[], lex: EntityLexicon, memory: EntityMemory): Speaker | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t?.lower === 'so' && tokens[i - 1]?.text === ',' && lex.lexicon.pronouns.includes('er')) {
      const s = nameAfter(text, tokens, i + 1, lex, memory);
      if (s) return s;
    }
  }
  return null;
}
