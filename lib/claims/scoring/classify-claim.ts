import { reportsDuty, type SentenceFeatures } from './score-sentence';
import type { ClaimType, Quantity } from '../types';

const MEASURED = new Set(['count', 'percent', 'money', 'measure', 'age']);

/** A number that is the point of the sentence rather than a detail of an event. */
function isHeadline(q: Quantity): boolean {
  return q.kind === 'percent' || q.kind === 'money' || q.kind === 'age' || (q.kind === 'count' && q.value >= 100);
}

/**
 * The claim's type, most specific first: a direct quote is a quote whatever it says; then a law or
 * ruling, a specific prediction, a cause, an explicit comparison, a number, an action or date.
 */
export function classifyClaim(f: SentenceFeatures): ClaimType {
  if (f.directQuote) return 'quote';
  const cues = f.cues;
  const measured = f.quantities.some((q) => MEASURED.has(q.kind));
  if (!cues) return measured ? 'quantity' : f.quantities.length > 0 ? 'event' : 'other';
  if (cues.law > 0 || reportsDuty(f.clause)) return 'law';
  if (cues.future > 0 && cues.event === 0 && !f.pastAction && f.quantities.length > 0) return 'prediction';
  if (cues.causal > 0) return 'causal';
  if (cues.comparison + cues.superlative > 0) return 'comparison';
  const event = cues.event > 0 || f.pastAction || f.result;
  if (f.quantities.some((q) => isHeadline(q) && !f.vague?.includes(q)) || (measured && !event)) return 'quantity';
  if (cues.trend > 0) return 'comparison';
  if (event) return 'event';
  if (f.quantities.some((q) => q.kind === 'duration' || MEASURED.has(q.kind))) return 'quantity';
  if (f.quantities.length > 0) return 'event';
  if (f.speaker) return 'quote';
  return 'other';
}
