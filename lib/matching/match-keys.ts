import type { Entity } from '../claims/types';
import { entityKeyOf, findKnownNames } from './entity-names';
import { figureKeys, figureOf } from './figures';
import type { MatchText } from './match-types';

/** One key per name of the text: the extractor's names and the well-known names the table finds in the wording. */
export function nameKeys(text: Pick<MatchText, 'text' | 'language' | 'entities'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of text.entities as readonly Entity[]) {
    const key = entityKeyOf(e.text, e.kind, text.language);
    if (key !== 'e:' && !out.has(key)) out.set(key, e.text);
  }
  for (const n of findKnownNames(text.text, text.language)) if (!out.has(n.key)) out.set(n.key, n.text);
  return out;
}

/**
 * Language-free keys of a claim or fact-check, stored on its row so that the archive can be
 * searched across languages by array overlap: figures (`q:count:2000000`, `q:count:~2000000`,
 * `q:percent:12.5`, `q:duration-day:30`, `q:age:69`, `q:date:2022`) and names (`e:kazakhstan`
 * for "Kasachstan" and "Kazakhstan"). Sorted and without repeats.
 */
export function matchKeys(text: MatchText): string[] {
  const keys = new Set<string>();
  for (const q of text.quantities) {
    const f = figureOf(q);
    if (f) for (const k of figureKeys(f)) keys.add(k);
  }
  for (const k of nameKeys(text).keys()) keys.add(k);
  return [...keys].sort();
}
