import { explain, probability, rawLogit, type ClaimModel } from './model/claim-model';
import { sentenceVector } from './model/sentence-vector';
import { shippedModels } from './model/shipped-models';
import { SparseVector } from './model/sparse-vector';
import { isSupported, normalizeLanguage, readSentences } from './read-sentences';
import { classifyClaim } from './scoring/classify-claim';
import { ReasonTally } from './scoring/score-sentence';
import type { Claim, ExtractionResult, ExtractOptions, Reason, Speaker } from './types';

/** For languages without a trained model, whose sentences are scored by the rules alone. */
const DEFAULT_MIN_SCORE = 0.5;

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

/** Most claims name no entity or number: they share one empty list, frozen, instead of an array each. */
const NONE: never[] = Object.freeze([]) as never[];

/** Copies sized to their contents: a claim outlives its sentence, and grown arrays keep spare slots. */
function copied<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

function roundScore(p: number): number {
  return Math.round(p * 1000) / 1000;
}

/**
 * An extractor that scores sentences with the given models, by language; sentences of other
 * languages are scored by the hand-set rules. `extractClaims` is the one with the shipped models.
 */
export function createExtractor(models: ReadonlyMap<string, ClaimModel>): (text: string, options?: ExtractOptions) => ExtractionResult {
  const vector = new SparseVector();
  const tally = new ReasonTally();
  return (text, options = {}) => {
    const input = typeof text === 'string' ? text : '';
    const { language, source } = normalizeLanguage(options.language, input);
    const model = models.get(language) ?? null;
    const minScore = typeof options.minScore === 'number' && !Number.isNaN(options.minScore) ? options.minScore : (model?.threshold ?? DEFAULT_MIN_SCORE);
    const claims: Claim[] = [];
    let openQuote: { claims: Claim[]; speaker: Speaker | null } | null = null;
    let paragraph = -1;
    const sentenceCount = readSentences(input, language, ({ span, context, quotes }) => {
      if (span.paragraph !== paragraph) {
        paragraph = span.paragraph;
        openQuote = null;
      }
      let score: number;
      let logit = 0;
      if (model) {
        sentenceVector(context, model.dim, vector);
        logit = rawLogit(model, vector);
        score = roundScore(probability(model, logit));
      } else score = roundScore(1 / (1 + Math.exp(-context.ruleLogit)));
      // Most sentences are not claims: build a claim only when it is kept or a quote may need it.
      if (score < minScore && !quotes.endsInside && !(quotes.startsInside && openQuote)) return;
      const { features, tokens } = context;
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) return;
      if (model) explain(model, vector, tally);
      const claim: Claim = {
        text: input.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        language,
        type: classifyClaim(features),
        score,
        reasons: strongestFirst(model ? tally.reasons() : context.rules.reasons()),
        quantities: copied(features.quantities),
        entities: copied(features.entities),
        speaker: features.speaker,
      };
      if (score >= minScore) claims.push(claim);
      // A quote running over several sentences is attributed once, usually after it closes.
      if (quotes.endsInside) {
        openQuote ??= { claims: [], speaker: features.speaker };
        openQuote.claims.push(claim);
      } else if (quotes.startsInside && openQuote) {
        if (features.speaker) for (const c of openQuote.claims) if (!c.speaker) c.speaker = features.speaker;
        openQuote = null;
      }
    });
    return { language, languageSource: source, supported: isSupported(language), sentenceCount, claims: keepBest(claims, options.maxClaims) };
  };
}

/**
 * Finds the check-worthy claims of an article: splits it into sentences, reads each sentence's
 * numbers, names, quotes and wording, scores it with the trained model of its language (a
 * calibrated probability) and returns those scoring at least `minScore` (by default the
 * language's threshold) in text order. Pure and synchronous; linear in the length of the text.
 */
export const extractClaims = createExtractor(shippedModels);
