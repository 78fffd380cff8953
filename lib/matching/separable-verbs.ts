import { abbreviations } from '../claims/text/abbreviations';
import { foldText, type TextWord } from './fold-text';

/** German particles that a separable verb leaves at the end of its clause ("gaben … aus", "nahm … zu"). */
const PARTICLES = new Set(['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'um', 'vor', 'weg', 'weiter', 'zu', 'zuruck', 'zusammen']);

/**
 * Abbreviations whose dot does not end a clause ("50 Mrd. Euro für Arzneimittel aus"): the
 * extractor's own lists, folded as words are here, and "sFr." for Swiss francs.
 */
const ABBREVIATIONS = new Set([...abbreviations.neverFinal, ...abbreviations.finalCapable, 'sfr'].map((word) => foldText(word)));

/** Whether a clause ends between two words: a sentence mark or a comma, not a decimal comma or an abbreviation's dot. */
function endsClause(text: string, before: TextWord, after: TextWord | undefined): boolean {
  if (after === undefined) return true;
  const gap = text.slice(before.end, after.start);
  if (/[!?;:]/.test(gap)) return true;
  if (gap.includes(',')) return !(/^,$/.test(gap) && /\d$/.test(before.text) && /^\d/.test(after.text));
  return gap.includes('.') && !ABBREVIATIONS.has(before.folded);
}

/**
 * German words with a separable verb read as one: a clause that ends in a particle ("Die Kassen
 * gaben 50 Mrd. Euro für Arzneimittel aus", "Der Bund nahm 2023 Steuern ein") gives its finite
 * verb the particle in front ("ausgaben", "einnahm"), as the noun says it ("Ausgaben",
 * "Steuereinnahmen"), and drops the particle. The finite verb is the clause's first word in lower
 * case that is no function word and is not followed by a capitalized word (an adjective stands
 * before its noun), else its first such word at all; a clause with none is left as it is.
 */
export function joinSeparableVerbs(words: readonly TextWord[], text: string, isFunctionWord: (folded: string) => boolean): TextWord[] {
  const out = [...words];
  const drop = new Set<number>();
  let clauseStart = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !endsClause(text, word, words[i + 1])) continue;
    const start = clauseStart;
    clauseStart = i + 1;
    if (!PARTICLES.has(word.folded) || i - start < 2) continue;
    const candidates: number[] = [];
    for (let j = start; j < i; j++) {
      const w = words[j];
      if (w && /^\p{Ll}/u.test(w.text) && /^\p{L}+$/u.test(w.text) && !isFunctionWord(w.folded) && !PARTICLES.has(w.folded)) candidates.push(j);
    }
    const verb = candidates.find((j) => !/^\p{Lu}/u.test(words[j + 1]?.text ?? '')) ?? candidates[0];
    const verbWord = verb === undefined ? undefined : words[verb];
    if (verb === undefined || !verbWord) continue;
    out[verb] = { ...verbWord, folded: word.folded + verbWord.folded };
    drop.add(i);
  }
  return out.filter((_, i) => !drop.has(i));
}
