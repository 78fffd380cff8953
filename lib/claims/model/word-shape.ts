/**
 * What the model reads from a single word's form, worked out once per spelling (see
 * `word-facts.ts`) rather than looked up for every token of every sentence.
 */

/**
 * German reported speech: Konjunktiv I of the verbs that carry it most ("habe", "sei", "solle"),
 * and Konjunktiv II ("hätten", "wären"), which stands in for it where the two would look alike but
 * is also the mood of the conditional and of hedging: the two are separate signals.
 */
const KONJUNKTIV = new Set(
  'habe|habest|sei|seist|seien|seiest|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|liege|stehe|gehe|komme|gelte|bleibe|zeige|fehle|brauche|lasse|wisse|sehe|trage|plane|erhalte|befinde|handle'.split('|'),
);
const KONJUNKTIV_2 = new Set('hätte|hätten|wäre|wären|würde|würden|müssten|könnten|sollten|dürften'.split('|'));
const FIRST_PERSON = new Set(['ich', 'wir', 'mir', 'mich', 'uns', 'mein', 'meine', 'unser', 'unsere', 'i', 'we', 'me', 'my', 'our', 'us', "i'm", "we're", "i've", "we've"]);

export const SHAPE_KONJUNKTIV = 1;
export const SHAPE_KONJUNKTIV_2 = 2;
export const SHAPE_FIRST_PERSON = 4;

/** The shape bits of a word: Konjunktiv forms (German, lower case), first-person pronouns. */
export function wordShape(lower: string, cap: boolean, language: string): number {
  let bits = 0;
  if (language === 'de' && !cap) {
    if (KONJUNKTIV.has(lower)) bits |= SHAPE_KONJUNKTIV;
    else if (KONJUNKTIV_2.has(lower)) bits |= SHAPE_KONJUNKTIV_2;
  }
  if (FIRST_PERSON.has(lower)) bits |= SHAPE_FIRST_PERSON;
  return bits;
}
