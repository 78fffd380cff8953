import { detectLanguage } from './text/detect-language';
import { isInformalPost } from './text/detect-post';
import { hasPastAction } from './signals/detect-past-action';
import { englishLexicon } from './lexicon/english-lexicon';
import { buildEntityLexicon, findEntities, type EntityMemory } from './signals/find-entities';
import { findQuantities } from './quantities/find-quantities';
import { findSpeaker } from './signals/find-speaker';
import { germanLexicon } from './lexicon/german-lexicon';
import type { Lexicon } from './lexicon/lexicon-types';
import { buildClauseReader, readClause } from './signals/read-clause';
import { buildCueIndex, scanCues, type CueScan } from './signals/scan-cues';
import { scanQuotes, type QuoteScan, type QuoteState } from './text/scan-quotes';
import { ReasonTally, ruleLogit, type SentenceFeatures } from './scoring/score-sentence';
import { splitSentences, type SentenceSpan } from './text/split-sentences';
import { TokenBuffer, tokenize } from './text/tokenize';
import { annotateWords } from './signals/word-facts';
import type { ClauseReader, CueIndex, EntityLexicon, Token, WordModel } from './text/word-types';
import { postWordHashes, type SentenceContext } from './model/sentence-vector';

interface LanguageModel extends WordModel {
  cues: CueIndex;
  entities: EntityLexicon;
  clauses: ClauseReader;
}

const models = new Map<string, LanguageModel>();

/** Other languages are read for numbers only, the same way whatever the language. */
const numbersOnly: WordModel = { slot: 2, language: 'und', cues: null, entities: null, clauses: null };

function wordModelFor(language: string): LanguageModel | null {
  const lexicon: Lexicon | null = language === 'de' ? germanLexicon : language === 'en' ? englishLexicon : null;
  if (!lexicon) return null;
  let model = models.get(language);
  if (!model) {
    const slot = language === 'de' ? 0 : 1;
    model = { slot, language, cues: buildCueIndex(lexicon, language), entities: buildEntityLexicon(lexicon), clauses: buildClauseReader(lexicon, language) };
    models.set(language, model);
  }
  return model;
}

/** A sentence is a direct quote when most of it stands inside quotation marks. */
const QUOTE_SHARE = 0.4;

function lastPunct(tokens: Token[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind !== 'punct') return '';
    if (t.text === '?' || t.text === '!' || t.text === '.') return t.text;
  }
  return '';
}

function reportsFact(reporting: CueScan['reporting']): boolean {
  for (const r of reporting) if (!r.belief) return true;
  return false;
}

export function normalizeLanguage(option: string | undefined, text: string): { language: string; source: 'detected' | 'option' } {
  const given = typeof option === 'string' ? option.trim().toLowerCase().slice(0, 2) : '';
  if (given.length === 2) return { language: given, source: 'option' };
  return { language: detectLanguage(text), source: 'detected' };
}

/** One sentence as read: what the model needs (`context`) and what a claim is made of. Valid only during the visit. */
export interface SentenceReading {
  span: SentenceSpan;
  context: SentenceContext;
  quotes: QuoteScan;
}

/** Whether the language's wording is read (German, English) or only its numbers. */
export function isSupported(language: string): boolean {
  return wordModelFor(language) !== null;
}

/**
 * Reads a text sentence by sentence (numbers, names, quotes, speaker, clause, the rules' score)
 * and hands each sentence to `visit`. Objects are reused from one sentence to the next. Linear
 * in the length of the text. Returns how many sentences were read.
 */
export function readSentences(input: string, language: string, visit: (reading: SentenceReading) => void): number {
  const model = wordModelFor(language);
  const memory: EntityMemory = { people: new Map(), lastPerson: null };
  const quoteState: QuoteState = { open: false };
  let paragraph = -1;
  let openQuoteSpeaker: SentenceFeatures['speaker'] = null;
  let index = 0;
  const buffer = new TokenBuffer();
  const rules = new ReasonTally();
  const spans = splitSentences(input, language);
  const post = isInformalPost(input);
  // One reading, filled anew for each sentence (valid only during the visit, as documented above).
  const features: SentenceFeatures = {
    supported: model !== null,
    wordCount: 0,
    cues: undefined,
    quantities: [],
    vague: null,
    clockTime: false,
    result: false,
    entities: [],
    speaker: null,
    reportsFact: false,
    directQuote: false,
    pastAction: false,
    question: false,
    exclamation: false,
    clause: null,
  };
  const context: SentenceContext = { language, tokens: [], features, rules, ruleLogit: 0, index: 0, paragraph: 0, only: spans.length === 1, post, postWords: post ? postWordHashes(tokenize(input, 0, input.length, buffer)) : [] };
  const reading: SentenceReading = { span: spans[0] ?? { start: 0, end: 0, paragraph: 0 }, context, quotes: { share: 0, startsInside: false, endsInside: false, lastClose: -1 } };
  for (const span of spans) {
    if (span.paragraph !== paragraph) {
      paragraph = span.paragraph;
      quoteState.open = false;
      openQuoteSpeaker = null;
    }
    const tokens = tokenize(input, span.start, span.end, buffer);
    const wordCount = annotateWords(tokens, model ?? numbersOnly);
    if (tokens.length === 0 || wordCount === 0) continue;
    const quotes = scanQuotes(input, tokens, span.start, span.end, quoteState);
    const quantities = findQuantities(input, tokens, language);
    const cues = model ? scanCues(tokens, model.cues) : undefined;
    const entities = model ? findEntities(input, tokens, model.entities, memory) : [];
    let speaker = model && cues ? findSpeaker(input, tokens, cues, model.entities, memory) : null;
    if (!speaker && (quotes.startsInside || quotes.endsInside) && openQuoteSpeaker) speaker = openQuoteSpeaker;
    if (quotes.endsInside) openQuoteSpeaker ??= speaker;
    else if (quotes.startsInside) openQuoteSpeaker = null;
    const end = lastPunct(tokens);
    const pastAction = hasPastAction(tokens, language);
    features.wordCount = wordCount;
    features.cues = cues?.counts;
    features.quantities = quantities.quantities;
    features.vague = quantities.vague;
    features.clockTime = quantities.clockTime;
    features.result = quantities.result;
    features.entities = entities;
    features.speaker = speaker;
    features.reportsFact = cues !== undefined && reportsFact(cues.reporting);
    features.directQuote = quotes.share >= QUOTE_SHARE || quotes.startsInside;
    features.pastAction = pastAction;
    features.question = end === '?';
    features.exclamation = end === '!';
    features.clause = model ? readClause(model.clauses, tokens, pastAction) : null;
    context.tokens = tokens;
    context.ruleLogit = ruleLogit(features, rules);
    context.index = index;
    context.paragraph = span.paragraph;
    reading.span = span;
    reading.quotes = quotes;
    visit(reading);
    index++;
  }
  return index;
}
