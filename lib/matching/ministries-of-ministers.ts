import { findKnownNames, type NameMatch } from './entity-names';

/**
 * The ministries a German text names through their ministers ("Verteidigungsminister Pistorius",
 * "die Bundesinnenministerin"): a fact-check says "das Verteidigungsministerium" where the claim quotes
 * the minister. Only ministries in the alias table, each with the minister's title as its text.
 */
export function ministriesOfMinisters(text: string): NameMatch[] {
  const out: NameMatch[] = [];
  for (const m of text.matchAll(/(?<!\p{L})(\p{Lu}\p{Ll}+)minister(?:in|innen|s)?(?!\p{L})/gu)) {
    const ministry = `${m[1]}ministerium`;
    const [hit] = findKnownNames(ministry, 'de');
    if (!hit || hit.text !== ministry) continue;
    out.push({ ...hit, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
