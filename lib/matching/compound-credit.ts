import { baseOf, germanSynonymOf, SPLIT_LAST_PART } from './content-words';

/** The shortest word a German compound may end in ("Quote" in "Arbeitslosenquote"), and the least it adds in front. */
const COMPOUND_HEAD = 5;
const COMPOUND_MODIFIER = 3;
/** What a compound's first part alone says of it: "Strompreis" is about "Strom", not all of it. */
export const MODIFIER_CREDIT = 0.5;

/** "teilzeitbeschaftigt" ends in "beschaftigt": a German compound says what its last word says. */
export function endsCompound(compound: string, head: string): boolean {
  return head.length >= COMPOUND_HEAD && compound.length >= head.length + COMPOUND_MODIFIER && compound.endsWith(head);
}

/** One way to read a German base as a first and a last part. */
export interface CompoundSplit {
  /** The first part as a word's base: the joining "s", "n" or "es" off ("bundes" → "bund"), a synonym as its group's first word. */
  modifier: string;
  head: string;
}

/** Every split of a German base into a first part of 3 letters or more and a last part of 4 or more ("stadt|werk"). */
export function compoundSplits(base: string): CompoundSplit[] {
  const out: CompoundSplit[] = [];
  for (let i = COMPOUND_MODIFIER; i <= base.length - SPLIT_LAST_PART; i++) {
    out.push({ modifier: germanSynonymOf(baseOf(base.slice(0, i), 'de')), head: base.slice(i) });
  }
  return out;
}

/** A German word of one wording, and the other wording's words: their bases and the splits of each. */
export interface CompoundSide {
  bases: ReadonlySet<string>;
  splits: ReadonlyArray<{ base: string; splits: readonly CompoundSplit[] }>;
}

/**
 * How much of a German word (its base) the other wording says through compounds, 0 to 1: all of
 * it when the word is the last part of one of the other's compounds or ends in one of its words
 * ("Beschäftigte", "teilzeitbeschäftigt"), or when the other says both parts apart ("Stadtwerke",
 * "die Werke der Stadt"; "Asylerstantrag", "Erstanträge auf Asyl"); MODIFIER_CREDIT when it shares
 * only the first part ("Steuereinnahmen", "Steuern"). `own` are the word's own wording's bases.
 */
export function compoundCredit(base: string, ownSplits: readonly CompoundSplit[], own: ReadonlySet<string>, other: CompoundSide): number {
  let best = 0;
  for (const o of other.splits) {
    if (endsCompound(o.base, base) || endsCompound(base, o.base)) return 1;
  }
  for (const { modifier, head } of ownSplits) {
    if (!other.bases.has(modifier)) continue;
    if (other.bases.has(head)) return 1;
    best = MODIFIER_CREDIT;
  }
  for (const o of other.splits) {
    for (const { modifier, head } of o.splits) {
      if (modifier === base) {
        if (own.has(head)) return 1;
        best = MODIFIER_CREDIT;
      } else if (head === base && own.has(modifier)) return 1;
    }
  }
  return best;
}
