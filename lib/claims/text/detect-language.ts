import * as chars from './char-class';

// Read once: a transpiler's CommonJS output turns every use of an imported binding into a getter call.
const { charClass, isLetter } = chars;

/** Frequent function words, which tell Latin-script languages apart on a few sentences. */
const STOPWORDS: Record<string, readonly string[]> = {
  de: ['nicht', 'ist', 'sind', 'war', 'ich', 'du', 'wir', 'ihr', 'uns', 'mein', 'kein', 'keine', 'alle', 'schon', 'nur', 'doch', 'aber', 'weil', 'wenn', 'oder', 'jetzt', 'hier', 'sehr', 'gibt', 'kann', 'muss', 'werden', 'haben', 'sagt', 'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'sich', 'auf', 'für', 'dem', 'des', 'eine', 'dass', 'auch', 'wird', 'im', 'zu', 'ein', 'hat', 'sind', 'wurde', 'nach', 'bei', 'wie', 'aus', 'noch', 'ich', 'wir', 'er', 'sie', 'es', 'einer', 'über', 'zum', 'zur', 'vor', 'sagte', 'mehr'],
  en: ['says', 'your', 'my', 'me', 'all', 'no', 'so', 'if', 'do', 'can', 'just', 'what', 'about', 'people', 'there', 'they', 'them', 'his', 'her', 'its', 'into', 'out', 'up', 'only', 'now', 'get', 'our', 'us', 'new', 'the', 'and', 'is', 'of', 'to', 'in', 'that', 'it', 'was', 'for', 'with', 'on', 'as', 'are', 'by', 'this', 'be', 'have', 'has', 'not', 'we', 'i', 'you', 'they', 'he', 'she', 'at', 'from', 'were', 'will', 'said', 'which', 'their', 'our', 'an', 'been', 'would', 'more', 'than', 'who'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'du', 'une', 'un', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'nous', 'vous', 'ce', 'sont', 'été', 'par', 'plus', 'mais', 'ont'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'del', 'que', 'en', 'una', 'por', 'con', 'para', 'se', 'no', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'está', 'han'],
  it: ['il', 'la', 'di', 'che', 'e', 'è', 'della', 'del', 'per', 'una', 'non', 'con', 'sono', 'nel', 'alla', 'gli', 'le', 'si', 'anche', 'più', 'ha', 'dei', 'questo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'op', 'voor', 'zijn', 'aan', 'ook', 'naar', 'om', 'werd', 'bij', 'heeft', 'maar', 'wordt', 'hij', 'ze'],
  pt: ['o', 'a', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'são', 'ao', 'seu', 'sua'],
};

const stopwordIndex = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    const langs = stopwordIndex.get(w) ?? [];
    langs.push(lang);
    stopwordIndex.set(w, langs);
  }
}

/** Scripts that name their language well enough for a report; ranges of UTF-16 code units. */
const SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0400, 0x04ff, 'ru'],
  [0x0370, 0x03ff, 'el'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
];
const UKRAINIAN = new Set([0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490]);

const SAMPLE = 20000;
const MAX_WORDS = 3000;

function scriptOf(code: number): string | null {
  for (const [from, to, lang] of SCRIPTS) if (code >= from && code <= to) return lang;
  return null;
}

/**
 * Guesses the language of an article from its first 20,000 characters: non-Latin scripts by their
 * letters, Latin-script languages by their most frequent function words. Returns an ISO 639-1
 * code, or 'und' when there is too little to go on.
 */
export function detectLanguage(text: string): string {
  const n = Math.min(text.length, SAMPLE);
  const votes = new Map<string, number>();
  const scripts = new Map<string, number>();
  let latin = 0;
  let ukrainian = 0;
  let words = 0;
  let i = 0;
  while (i < n && words < MAX_WORDS) {
    if (!isLetter(charClass(text.charCodeAt(i)))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isLetter(charClass(text.charCodeAt(j)))) {
      const code = text.charCodeAt(j);
      if (code < 0x250) latin++;
      else {
        const script = scriptOf(code);
        if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
        if (UKRAINIAN.has(code)) ukrainian++;
      }
      j++;
    }
    words++;
    for (const lang of stopwordIndex.get(text.slice(i, j).toLowerCase()) ?? []) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    i = j;
  }
  let topScript: string | null = null;
  let topScriptCount = 0;
  for (const [script, count] of scripts) {
    if (count > topScriptCount) {
      topScript = script;
      topScriptCount = count;
    }
  }
  if (topScript && topScriptCount > latin) {
    if (topScript === 'ru' && ukrainian > 0) return 'uk';
    if (topScript === 'zh' && (scripts.get('ja') ?? 0) > 0) return 'ja';
    return topScript;
  }
  let best = 'und';
  let bestVotes = 0;
  for (const [lang, count] of votes) {
    if (count > bestVotes || (count === bestVotes && (lang === 'de' || lang === 'en'))) {
      best = lang;
      bestVotes = count;
    }
  }
  if (bestVotes >= 1) return best;
  // Too short for function words ("BREAKING: 5G towers cause coronavirus"): Latin script, so
  // German if it has its letters, otherwise English, the most likely language of such a post.
  if (latin === 0) return 'und';
  return /[äöüß]/i.test(text.slice(0, n)) ? 'de' : 'en';
}
