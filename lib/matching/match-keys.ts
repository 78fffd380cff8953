import type { Entity, EntityKind } from '../claims/types';
import { contentWords, germanSynonymGroupsOf } from './content-words';
import { entityKeysOf, findKnownNames, knownKindOf, surnameKey } from './entity-names';
import { figureKeys } from './figures';
import { figuresOf } from './figures-of';
import type { MatchText } from './match-types';
import { ministriesOfMinisters } from './ministries-of-ministers';

/**
 * Raised whenever `matchKeys` gives other keys for the same input (new aliases, other buckets), so
 * that stored keys are made again (`matchKeysVersion` on Claim and ExternalFactCheck).
 */
export const MATCH_KEYS_VERSION = 26;

/** One name key of a text and how it was found. */
export interface NameKey {
  /** The words of the text that named it. */
  text: string;
  kind: EntityKind | null;
  /** From the alias table (a reliable kind), not made from an unknown spelling. */
  known: boolean;
  /** Only implied by another name ("Bundestag" implies Germany). */
  implied: boolean;
}

/**
 * The name keys of a text: the extractor's names and the well-known names the table finds in the
 * wording, with the keys they imply and, for people, the surname; in German, by implication, the
 * ministries of the ministers it names.
 */
export function nameKeys(text: Pick<MatchText, 'text' | 'language' | 'entities'>): Map<string, NameKey> {
  const out = new Map<string, NameKey>();
  const add = (key: string, named: string, kind: EntityKind | null, implied: boolean): void => {
    if (key === 'e:') return;
    const known = knownKindOf(key);
    const existing = out.get(key);
    if (existing && !(existing.implied && !implied)) return;
    out.set(key, { text: named, kind: known ?? kind, known: known !== undefined, implied });
  };
  const known = findKnownNames(text.text, text.language);
  for (const e of text.entities as readonly Entity[]) {
    // A word of a name the table knows is no name of its own: "Bundesamt" in "Bundesamt für Migration und Flüchtlinge".
    const withinKnown = known.some((n) => n.start <= e.start && e.end <= n.end);
    for (const { key, implied } of entityKeysOf(e.text, e.kind, text.language)) {
      if (withinKnown && knownKindOf(key) === undefined) continue;
      add(key, e.text, implied ? null : e.kind, implied);
    }
  }
  for (const n of known) {
    add(n.key, n.text, n.kind, false);
    for (const key of n.implies) add(key, n.text, knownKindOf(key) ?? null, true);
    if (n.kind === 'person') add(surnameKey(n.text), n.text, 'person', false);
  }
  if (text.language === 'de') {
    for (const m of ministriesOfMinisters(text.text)) {
      add(m.key, m.text, m.kind, true);
      for (const key of m.implies) add(key, m.text, knownKindOf(key) ?? null, true);
    }
  }
  return out;
}

/** The prefix of a German synonym group's key: a key of one language's wording, not of the facts. */
export const SYNONYM_KEY_PREFIX = 'w:';

/**
 * Keys of a claim or fact-check, stored on its row so that the archive can be searched by array
 * overlap: language-free figures (`q:count:2000000`, `q:count:~2000000`, `q:percent:12.5`,
 * `q:duration-day:30`, `q:age:69`, `q:date:2022`) and names (`e:kazakhstan` for "Kasachstan"
 * and "Kazakhstan"); in German, the synonym groups of its words (`w:erdga` for "Erdgas" and
 * "Gaspreis", data/matching/german-synonyms.json), so that a claim is found by a wording that
 * shares none of its words. Sorted and without repeats.
 */
export function matchKeys(text: MatchText): string[] {
  const keys = new Set<string>();
  for (const f of figuresOf(text)) for (const k of figureKeys(f)) keys.add(k);
  for (const k of nameKeys(text).keys()) keys.add(k);
  if (text.language === 'de') {
    for (const w of contentWords(text.text, 'de')) for (const group of germanSynonymGroupsOf(w.base)) keys.add(`${SYNONYM_KEY_PREFIX}${group}`);
  }
  return [...keys].sort();
}
