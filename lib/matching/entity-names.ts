import aliasTable from '../../data/matching/entity-aliases.json';
import type { EntityKind } from '../claims/types';
import { foldText, slugOf, textWords, type TextWord } from './fold-text';

/** A name found in a text, with the key every spelling of it shares. */
export interface NameMatch {
  /** 'e:germany' for "Deutschland", "Germany", "deutschen" alike. */
  key: string;
  kind: EntityKind | null;
  /** Keys this name also stands for: the Bundestag names Germany, the Kremlin Russia. */
  implies: readonly string[];
  /** The words of the text that name it. */
  text: string;
  start: number;
  end: number;
}

type CaseRule = 'any' | 'initial' | 'caps';

interface Alias {
  key: string;
  kind: EntityKind;
  implies: readonly string[];
  /** One rule per word of the name. */
  cases: readonly CaseRule[];
  language: string | null;
  /** Marked `!` in the table: a name only right after a German definite article and not before a genitive ("die Länder", not "die Länder der EU"). */
  afterArticle: boolean;
}

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** German definite articles before a name marked `!`, and the words after it that make it another noun's genitive attribute. */
const DEFINITE_ARTICLES = new Set(['die', 'der', 'den']);
const GENITIVE_ARTICLES = new Set(['der', 'des']);

function caseRuleOf(word: string): CaseRule {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (word.length >= 2 && letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'caps';
  const first = letters.charAt(0);
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? 'initial' : 'any';
}

function obeys(rule: CaseRule, word: TextWord): boolean {
  if (rule === 'any') return true;
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  if (rule === 'caps') return letters === letters.toUpperCase();
  const first = letters.charAt(0);
  return first === first.toUpperCase();
}

function isEntityKind(s: string): s is EntityKind {
  return s === 'person' || s === 'organisation' || s === 'place';
}

/** Folded phrase ("vereinte nationen") → the aliases spelled that way. */
const aliases = new Map<string, Alias[]>();
/** Table key ("e:germany") → its kind. */
const kinds = new Map<string, EntityKind>();
let longestName = 1;

/** First words of all names, folded: most words of a text start none, and are passed over at once. */
const firstWords = new Set<string>();

function addAlias(spelled: string, alias: Alias): void {
  firstWords.add(spelled.split(' ')[0] ?? spelled);
  const list = aliases.get(spelled);
  if (list) list.push(alias);
  else aliases.set(spelled, [alias]);
}

for (const row of aliasTable.entries) {
  const [key, kind, names, implied = []] = row as [string, string, string[], string[]?];
  if (!isEntityKind(kind)) throw new Error(`data/matching/entity-aliases.json: unknown kind ${kind} for ${key}`);
  kinds.set(`e:${key}`, kind);
  for (const raw of names) {
    const lang = /^(de|en):/.exec(raw);
    const unprefixed = lang ? raw.slice(3) : raw;
    const afterArticle = unprefixed.startsWith('!');
    const name = afterArticle ? unprefixed.slice(1) : unprefixed;
    const stem = name.endsWith('*');
    const words = textWords(stem ? name.slice(0, -1) : name);
    if (words.length === 0) continue;
    longestName = Math.max(longestName, words.length);
    const alias: Alias = { key: `e:${key}`, kind, implies: implied.map((k) => `e:${k}`), cases: words.map((w) => caseRuleOf(w.text)), language: lang?.[1] ?? null, afterArticle };
    const folded = words.map((w) => w.folded).join(' ');
    if (stem) for (const ending of ADJECTIVE_ENDINGS) addAlias(folded + ending, alias);
    else addAlias(folded, alias);
  }
}

/** The kind of a key from the table, or undefined for keys made from an unknown spelling. */
export function knownKindOf(key: string): EntityKind | undefined {
  return kinds.get(key);
}

/** Spellings of a word to look up: itself, then without a genitive or possessive ending. */
function variants(folded: string, language: string): string[] {
  const out = [folded];
  if (folded.endsWith("'s")) out.push(folded.slice(0, -2));
  else if (folded.endsWith("'")) out.push(folded.slice(0, -1));
  if (language !== 'en' && folded.length > 4 && folded.endsWith('s')) out.push(folded.slice(0, -1));
  if (language !== 'en' && folded.length > 6 && folded.endsWith('es')) out.push(folded.slice(0, -2));
  // German dative plural: "in den Niederlanden", "den Vereinigten Staaten".
  if (language !== 'en' && folded.length > 6 && folded.endsWith('n')) out.push(folded.slice(0, -1));
  return out;
}

/**
 * Whether the words before and after a name allow a name marked `!`: "die Länder nahmen" are Germany's states,
 * "zehn Länder", "die meisten Länder" and "die Länder der EU" (or "die Länder Europas") are countries.
 */
function articleAllows(before: TextWord | undefined, after: TextWord | undefined): boolean {
  if (!before || !DEFINITE_ARTICLES.has(before.folded)) return false;
  return !after || !(GENITIVE_ARTICLES.has(after.folded) || /^\p{Lu}/u.test(after.text));
}

function lookup(words: readonly TextWord[], spelled: string, language: string, context: { before?: TextWord; after?: TextWord }): Alias | null {
  for (const alias of aliases.get(spelled) ?? []) {
    if (alias.language && alias.language !== language) continue;
    if (alias.afterArticle && !articleAllows(context.before, context.after)) continue;
    if (alias.cases.every((rule, i) => { const w = words[i]; return w !== undefined && obeys(rule, w); })) return alias;
  }
  return null;
}

function nameAt(words: readonly TextWord[], i: number, language: string): { alias: Alias; length: number } | null {
  const first = words[i];
  if (!first || !variants(first.folded, language).some((v) => firstWords.has(v))) return null;
  for (let n = Math.min(longestName, words.length - i); n >= 1; n--) {
    const run = words.slice(i, i + n);
    const head = run.slice(0, -1).map((w) => w.folded).join(' ');
    const last = run[run.length - 1];
    if (!last) continue;
    for (const v of variants(last.folded, language)) {
      const alias = lookup(run, head ? `${head} ${v}` : v, language, { before: words[i - 1], after: words[i + n] });
      if (alias) return { alias, length: n };
    }
  }
  return null;
}

/**
 * The well-known names in a text (countries, capitals, institutions, people), each with the key
 * its German and English spellings share. Longest name first: "Europäische Zentralbank" is the
 * bank, not Europe; "EU-Kommission" is the commission, "US-Regierung" names the United States.
 */
export function findKnownNames(text: string, language: string): NameMatch[] {
  const words = textWords(text);
  const out: NameMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const found = nameAt(words, i, language);
    const first = words[i];
    if (found && first) {
      const last = words[i + found.length - 1] ?? first;
      out.push({ key: found.alias.key, kind: found.alias.kind, implies: found.alias.implies, text: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += found.length;
      continue;
    }
    if (first && first.text.includes('-')) {
      // Compounds: "Moskau-Besuch", "NATO-Gipfel", "WHO-Chef".
      let offset = first.start;
      for (const part of first.text.split('-')) {
        const partWords = textWords(part).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
        offset += part.length + 1;
        const hit = partWords.length === 1 ? nameAt(partWords, 0, language) : null;
        const w = partWords[0];
        if (hit && w) out.push({ key: hit.alias.key, kind: hit.alias.kind, implies: hit.alias.implies, text: w.text, start: w.start, end: w.end });
      }
    }
    i += 1;
  }
  return out;
}

/**
 * Folds a spelling of a name the way German and English transliterate alike: "Tokajew" and
 * "Tokayev", "Selenskyj" and "Zelenskyy", "Schukow" and "Zhukov" get one key.
 */
export function transliterationKey(word: string): string {
  return foldText(word)
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/schtsch|shch/g, 'sh')
    // German "Dsch" is English "J": "Dschaparow" and "Japarov".
    .replace(/dsch/g, 'j')
    .replace(/tsch|tch/g, 'ch')
    .replace(/sch|zh/g, 'sh')
    .replace(/kh/g, 'ch')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/j/g, 'y')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/ou|oo/g, 'u')
    .replace(/i[yj]|y[iy]|ie/g, 'i')
    .replace(/y$/g, 'i')
    // "Satpajew", "Satpayev" and "Satpaev" alike.
    .replace(/([aeiou])y(?=[aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** The key of a name the table does not know: a person by the surname, anything else by its words. */
export function unknownNameKey(name: string, kind: EntityKind | null): string {
  const words = textWords(name).filter((w) => /\p{L}/u.test(w.text));
  if (words.length === 0) return `e:${slugOf(name)}`;
  if (kind === 'person') return surnameKey(name);
  return `e:${words.map((w) => transliterationKey(w.text)).join('-')}`;
}

/**
 * The shared keys of one extracted name: the table's (and what it implies) when it knows the
 * name, otherwise a folded spelling; a person also by the surname, so that "Johnson" meets
 * "Boris Johnson" and "Präsident Putin" meets "Wladimir Putin".
 */
export function entityKeysOf(name: string, kind: EntityKind | null, language: string): Array<{ key: string; implied: boolean }> {
  const known = findKnownNames(name, language);
  const only = known[0];
  const person = kind === 'person' || only?.kind === 'person';
  // The table's key only when it names the whole entity, or a person by one known name.
  if (only && known.length === 1 && (only.text.length >= name.trim().length - 1 || person)) {
    const keys = [{ key: only.key, implied: false }, ...only.implies.map((key) => ({ key, implied: true }))];
    if (only.kind === 'person') keys.push({ key: surnameKey(only.text), implied: false });
    return keys;
  }
  const key = unknownNameKey(name, kind);
  return key === 'e:' ? [] : [{ key, implied: false }];
}

/** A person's surname key: the last word, transliterated ("Tokajew" and "Tokayev" alike). */
export function surnameKey(name: string): string {
  const words = textWords(name).filter((w) => /\p{L}/u.test(w.text));
  return `e:${transliterationKey(words[words.length - 1]?.text ?? name)}`;
}
