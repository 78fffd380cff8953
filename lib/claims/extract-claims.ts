import { classifyClaim } from './scoring/classify-claim';
import { detectLanguage } from './text/detect-language';
import { hasPastAction } from './signals/detect-past-action';
import { englishLexicon } from './lexicon/english-lexicon';
import { buildEntityLexicon, findEntities, type EntityMemory } from './signals/find-entities';
import { findQuantities } from './quantities/find-quantities';
import { findSpeaker } from './signals/find-speaker';
import { germanLexicon } from './lexicon/german-lexicon';
import type { Lexicon } from './lexicon/lexicon-types';
import { buildClauseReader, readClause } from './signals/read-clause';
import { buildCueIndex, scanCues } from './signals/scan-cues';
import { scanQuotes, type QuoteState } from './text/scan-quotes';
import { ReasonTally, scoreSentence, type SentenceFeatures } from './scoring/score-sentence';
import { splitSentences } from './text/split-sentences';
import { TokenBuffer, tokenize } from './text/tokenize';
import type { Claim, ExtractionResult, ExtractOptions, Reason, Speaker } from './types';
import { annotateWords } from './signals/word-facts';
import type { ClauseReader, CueIndex, EntityLexicon, Token, WordModel } from './text/word-types';

interface LanguageModel extends WordModel {
  cues: CueIndex;
  entities: EntityLexicon;
  clauses: ClauseReader;
}

const models = new Map<string, LanguageModel>();

/** Other languages are read for numbers only, the same way whatever the language. */
const numbersOnly: WordModel = { slot: 2, language: 'und', cues: null, entities: null, clauses: null };

function modelFor(language: string): LanguageModel | null {
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
const DEFAULT_MIN_SCORE = 0.5;

function lastPunct(tokens: Token[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind !== 'punct') return '';
    if (t.text === '?' || t.text === '!' || t.text === '.') return t.text;
  }
  return '';
}

function normalizeLanguage(option: string | undefined, text: string): { language: string; source: 'detected' | 'option' } {
  const given = typeof option === 'string' ? option.trim().toLowerCase().slice(0, 2) : '';
  if (given.length === 2) return { language: given, source: 'option' };
  return { language: detectLanguage(text), source: 'detected' };
}

/** Sorts a claim's few reasons in place, strongest first (an insertion sort: they are few). */
function strongestFirst(reasons: Reason[]): Reason[] {
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i];
    if (!r) continue;
    let j = i - 1;
    while (j >= 0 && Math.abs(reasons[j]?.weight ?? 0) < Math.abs(r.weight)) {
      reasons[j + 1] = reasons[j] as Reason;
      j--;
    }
    reasons[j + 1] = r;
  }
  return reasons;
}

/** Keeps the highest-scoring `max` claims, in text order. */
function keepBest(claims: Claim[], max: number | undefined): Claim[] {
  if (max === undefined || !Number.isFinite(max) || claims.length <= max) return claims;
  const n = Math.max(0, Math.floor(max));
  return [...claims]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, n)
    .sort((a, b) => a.start - b.start);
}

/**
 * Finds the check-worthy claims of an article: splits it into sentences, reads each sentence's
 * numbers, names, quotes and wording, scores it, and returns those scoring at least `minScore`
 * (default 0.5) in text order. Pure and synchronous; linear in the length of the text.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractionResult {
  const input = typeof text === 'string' ? text : '';
  const { language, source } = normalizeLanguage(options.language, input);
  const model = modelFor(language);
  const minScore = typeof options.minScore === 'number' && !Number.isNaN(options.minScore) ? options.minScore : DEFAULT_MIN_SCORE;
  const memory: EntityMemory = { people: new Map(), lastPerson: null };
  const quoteState: QuoteState = { open: false };
  const claims: Claim[] = [];
  let openQuote: { claims: Claim[]; speaker: Speaker | null } | null = null;
  let paragraph = -1;
  let sentenceCount = 0;
  const buffer = new TokenBuffer();
  const tally = new ReasonTally();
  for (const span of splitSentences(input, language)) {
    if (span.paragraph !== paragraph) {
      paragraph = span.paragraph;
      quoteState.open = false;
      openQuote = null;
    }
    const tokens = tokenize(input, span.start, span.end, buffer);

    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    const wordCount = annotateWords(tokens, model ?? numbersOnly);
    if (!first || !last || wordCount === 0) continue;
    sentenceCount++;
    const quotes = scanQuotes(input, tokens, span.start, span.end, quoteState);
    const quantities = findQuantities(input, tokens, language);
    const cues = model ? scanCues(tokens, model.cues) : undefined;
    const entities = model ? findEntities(input, tokens, model.entities, memory) : [];
    let speaker = model && cues ? findSpeaker(input, tokens, cues, model.entities, memory) : null;
    const inQuote = quotes.startsInside || quotes.endsInside;
    if (!speaker && inQuote && openQuote?.speaker) speaker = openQuote.speaker;
    const end = lastPunct(tokens);
    const pastAction = hasPastAction(tokens, language);
    const features: SentenceFeatures = {
      supported: model !== null,
      wordCount,
      cues: cues?.counts,
      quantities: quantities.quantities,
      vague: quantities.vague,
      clockTime: quantities.clockTime,
      result: quantities.result,
      entities,
      speaker,
      reportsFact: cues !== undefined && cues.reporting.some((r) => !r.belief),
      directQuote: quotes.share >= QUOTE_SHARE || quotes.startsInside,
      pastAction,
      question: end === '?',
      exclamation: end === '!',
      clause: model ? readClause(model.clauses, tokens, pastAction) : null,
    };
    const score = scoreSentence(features, tally);
    // Most sentences are not claims: build a claim only when it is kept or a quote may need it.
    if (score < minScore && !quotes.endsInside && !(quotes.startsInside && openQuote)) continue;
    const claim: Claim = {
      text: input.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      language,
      type: classifyClaim(features),
      score,
      reasons: strongestFirst(tally.reasons()),
      // Copies sized to their contents: a claim outlives its sentence, and grown arrays keep spare slots.
      quantities: quantities.quantities.slice(),
      entities: entities.slice(),
      speaker,
    };
    if (score >= minScore) claims.push(claim);
    // A quote running over several sentences is attributed once, usually after it closes.
    if (quotes.endsInside) {
      openQuote ??= { claims: [], speaker };
      openQuote.claims.push(claim);
    } else if (quotes.startsInside && openQuote) {
      if (speaker) for (const c of openQuote.claims) if (!c.speaker) c.speaker = speaker;
      openQuote = null;
    }
  }
  return {
    language,
    languageSource: source,
    supported: model !== null,
    sentenceCount,
    claims: keepBest(claims, options.maxClaims),
  };
}
