import type { Token } from '../text/word-types';

const GERMAN_AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'worden', 'habe']);
const GERMAN_NOT_PARTICIPLES = new Set(['gegen', 'genug', 'gestern', 'gerne', 'gewesen', 'gehabt', 'gesamt', 'gemeinsam', 'genau', 'gerade', 'gelten', 'gehen', 'geben', 'gegenüber', 'geworden', 'genannt', 'gesagt', 'gesehen', 'geplant', 'gefühlt', 'geglaubt', 'gehofft', 'gedacht', 'gemeint', 'gewollt', 'gekonnt', 'gemusst', 'gestellt', 'gelegen', 'gefallen']);
const ENGLISH_NOT_PAST = new Set(['indeed', 'hundred', 'interested', 'concerned', 'worried', 'tired', 'excited', 'supposed', 'united', 'limited', 'based', 'related', 'used', 'need', 'needed', 'red', 'bed', 'speed', 'seed', 'feed', 'shed', 'embed', 'sacred', 'naked', 'wicked', 'beloved', 'rugged', 'ragged', 'kindred', 'talented', 'skilled', 'qualified', 'educated', 'advanced', 'detailed', 'dedicated', 'complicated', 'sophisticated', 'unprecedented', 'wanted', 'hoped', 'believed', 'felt', 'loved', 'liked', 'hated', 'proposed', 'promised', 'pleased', 'blessed', 'biased', 'alleged', 'so-called', 'armed', 'aged', 'learned', 'married', 'assumed', 'expected', 'supposed']);

/** Whether a word is an auxiliary of the past ("hat", "wurde") or a past form ("gekauft", "closed"). */
export function pastFormOf(w: string, cap: boolean, language: string): 'auxiliary' | 'participle' | null {
  if (language === 'de') {
    if (GERMAN_AUXILIARIES.has(w)) return 'auxiliary';
    return !cap && w.length >= 6 && w.startsWith('ge') && (w.endsWith('t') || w.endsWith('en')) && !GERMAN_NOT_PARTICIPLES.has(w) ? 'participle' : null;
  }
  if (language === 'en') return !cap && w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed') && !ENGLISH_NOT_PAST.has(w) ? 'participle' : null;
  return null;
}

function formOf(t: Token, language: string): 'auxiliary' | 'participle' | null {
  return t.facts ? t.facts.pastForm : pastFormOf(t.lower, t.cap, language);
}

function germanPast(tokens: Token[]): boolean {
  let aux = false;
  let participle = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const form = formOf(t, 'de');
    if (form === 'auxiliary') aux = true;
    else if (form === 'participle') participle = true;
  }
  return aux && participle;
}

function englishPast(tokens: Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && formOf(t, 'en') === 'participle') return true;
  return false;
}

/**
 * A verb in the past that reports an action, found by its form rather than a word list: German
 * "hat … gekauft", "wurde … gebaut"; English regular past tense ("closed", "approved").
 */
export function hasPastAction(tokens: Token[], language: string): boolean {
  if (language === 'de') return germanPast(tokens);
  if (language === 'en') return englishPast(tokens);
  return false;
}
