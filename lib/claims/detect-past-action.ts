import type { Token } from './tokenize';

const GERMAN_AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'worden', 'habe']);
const GERMAN_NOT_PARTICIPLES = new Set(['gegen', 'genug', 'gestern', 'gerne', 'gewesen', 'gehabt', 'gesamt', 'gemeinsam', 'genau', 'gerade', 'gelten', 'gehen', 'geben', 'gegenüber', 'geworden', 'genannt', 'gesagt', 'gesehen', 'geplant', 'gefühlt', 'geglaubt', 'gehofft', 'gedacht', 'gemeint', 'gewollt', 'gekonnt', 'gemusst', 'gestellt', 'gelegen', 'gefallen']);
const ENGLISH_NOT_PAST = new Set(['indeed', 'hundred', 'interested', 'concerned', 'worried', 'tired', 'excited', 'supposed', 'united', 'limited', 'based', 'related', 'used', 'need', 'needed', 'red', 'bed', 'speed', 'seed', 'feed', 'shed', 'embed', 'sacred', 'naked', 'wicked', 'beloved', 'rugged', 'ragged', 'kindred', 'talented', 'skilled', 'qualified', 'educated', 'advanced', 'detailed', 'dedicated', 'complicated', 'sophisticated', 'unprecedented', 'wanted', 'hoped', 'believed', 'felt', 'loved', 'liked', 'hated', 'proposed', 'promised', 'pleased', 'blessed', 'biased', 'alleged', 'so-called', 'armed', 'aged', 'learned', 'married', 'assumed', 'expected', 'supposed']);

function germanPast(tokens: Token[]): boolean {
  let aux = false;
  let participle = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (GERMAN_AUXILIARIES.has(w)) aux = true;
    else if (!t.cap && w.length >= 6 && w.startsWith('ge') && (w.endsWith('t') || w.endsWith('en')) && !GERMAN_NOT_PARTICIPLES.has(w)) participle = true;
  }
  return aux && participle;
}

function englishPast(tokens: Token[]): boolean {
  for (const t of tokens) {
    const w = t.lower;
    if (t.kind === 'word' && !t.cap && w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed') && !ENGLISH_NOT_PAST.has(w)) return true;
  }
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
