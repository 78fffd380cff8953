import type { Clause } from '../signals/read-clause';
import type { CueCounts } from '../signals/scan-cues';
import type { Entity, Quantity, Reason, ReasonCode, Speaker } from '../types';

export interface SentenceFeatures {
  supported: boolean;
  wordCount: number;
  /** Undefined for unsupported languages, whose words are not read. */
  cues: CueCounts | undefined;
  quantities: Quantity[];
  /** Those of `quantities` named by their scale alone ("Hunderte", "thousands of"). */
  vague: readonly Quantity[] | null;
  clockTime: boolean;
  result: boolean;
  entities: Entity[];
  speaker: Speaker | null;
  /** A reporting verb of fact ("said"), not of belief ("believes"). */
  reportsFact: boolean;
  directQuote: boolean;
  pastAction: boolean;
  question: boolean;
  exclamation: boolean;
  /** The main clause's subject, tense and mood, when it could be read. */
  clause: Clause | null;
}

/** Log-odds of a neutral sentence with nothing to check. */
const BIAS = -1.3;

/** Weights in log-odds, set by hand from newsroom judgement rather than fitted to the fixtures. */
const W = {
  percent: 2.4,
  money: 2.4,
  count: 2.2,
  smallCount: 1.0,
  /** "Tausende", "millions of": an order of magnitude, checkable but less specific than a number. */
  vague: 1.2,
  age: 2.0,
  fullDate: 1.0,
  yearOrDuration: 0.8,
  timeReference: 0.5,
  extraQuantity: 0.3,
  result: 1.8,
  entity: 0.7,
  entities: 1.0,
  event: 1.0,
  pastAction: 0.5,
  /** A plain statement about a named or described party or thing ("Vaccines cause autism."). */
  declarative: 1.0,
  /** …in the present: a standing claim about the world rather than one detail of a story. */
  presentDeclarative: 0.4,
  /** …saying what the subject is or was ("was a member of the party"): a classification to check. */
  nominalDeclarative: 0.5,
  /** "Die Stadt muss die Brücke sperren": an authority's or party's duty is a decision to report. */
  decision: 0.9,
  reported: 0.4,
  directQuote: 0.2,
  comparison: 1.0,
  trend: 0.9,
  causal: 0.7,
  law: 0.9,
  statistic: 0.6,
  statistics: 0.9,
  topic: 0.8,
  /** Statistic words and contested topics together count at most this much. */
  subjectCap: 1.1,
  prediction: 0.2,
  vaguePrediction: -0.9,
  opinion: -2.0,
  belief: -1.0,
  evaluative: -0.8,
  feeling: -0.9,
  hedge: -1.1,
  moreHedge: -0.5,
  framing: -2.5,
  question: -2.8,
  promise: -1.6,
  normative: -1.0,
  schedule: -2.0,
  clockTime: -1.0,
  greeting: -3.0,
  filler: -0.5,
  veryShort: -2.0,
  short: -0.5,
  exclamation: -0.8,
  conditional: -1.0,
};

function quantityWeight(q: Quantity): [ReasonCode, number] {
  switch (q.kind) {
    case 'percent':
      return ['percentage', W.percent];
    case 'money':
      return ['money', W.money];
    case 'age':
      return ['age', W.age];
    case 'date':
      return ['date', q.date && q.date.length > 4 ? W.fullDate : W.yearOrDuration];
    case 'duration':
      return ['date', W.yearOrDuration];
    default:
      return ['has-number', q.value < 2 && q.max === undefined ? W.smallCount : W.count];
  }
}

/**
 * One frozen object per code and weight, shared by every claim with that reason: a long text has
 * thousands of claims but only a few hundred distinct reasons.
 */
const sharedReasons = new Map<number, Reason>();
/** Each code's number, for one integer key per code and weight (a nested Map keyed by doubles costs more than the rest of a claim). */
const codeNumbers = new Map<ReasonCode, number>();
/** Past this many the table starts over, so that memory stays bounded even if weights varied widely. */
const SHARED_LIMIT = 10000;
/** Weights are rounded to hundredths; this many hundredths either side of zero share keys of their own. */
const WEIGHT_SPAN = 1 << 20;

function sharedReason(code: ReasonCode, weight: number): Reason {
  let number = codeNumbers.get(code);
  if (number === undefined) {
    number = codeNumbers.size;
    codeNumbers.set(code, number);
  }
  const hundredths = Math.round(weight * 100);
  const exact = hundredths / 100 === weight && Math.abs(hundredths) < WEIGHT_SPAN;
  const key = number * 2 * WEIGHT_SPAN + hundredths + WEIGHT_SPAN;
  if (exact) {
    const known = sharedReasons.get(key);
    if (known) return known;
  }
  const reason = Object.freeze({ code, weight });
  if (!exact) return reason;
  if (sharedReasons.size >= SHARED_LIMIT) sharedReasons.clear();
  sharedReasons.set(key, reason);
  return reason;
}

/**
 * The features that moved one sentence's score, in the order they were found. Reused from one
 * sentence to the next: most sentences are not claims, and only a claim's reasons become objects.
 */
export class ReasonTally {
  private readonly codes: ReasonCode[] = [];
  private readonly weights: number[] = [];
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  add(code: ReasonCode, weight: number): void {
    if (weight === 0) return;
    for (let k = 0; k < this.count; k++) {
      if (this.codes[k] === code) {
        this.weights[k] = (this.weights[k] ?? 0) + weight;
        return;
      }
    }
    this.codes[this.count] = code;
    this.weights[this.count] = weight;
    this.count++;
  }

  /** Adds a reason not yet in the tally, with a weight other than 0 (no search for one to add to). */
  addNew(code: ReasonCode, weight: number): void {
    this.codes[this.count] = code;
    this.weights[this.count] = weight;
    this.count++;
  }

  /** Rounds every weight to hundredths, as reported, and returns their sum. */
  round(): number {
    let sum = 0;
    for (let k = 0; k < this.count; k++) {
      const w = Math.round((this.weights[k] ?? 0) * 100) / 100;
      this.weights[k] = w;
      sum += w;
    }
    return sum;
  }

  /** Calls `visit` with each code and its weight, in the order they were found. */
  each(visit: (code: ReasonCode, weight: number) => void): void {
    for (let k = 0; k < this.count; k++) {
      const code = this.codes[k];
      if (code) visit(code, this.weights[k] ?? 0);
    }
  }

  /** The reasons as objects, leaving out any whose weights cancelled out. */
  reasons(): Reason[] {
    let kept = 0;
    for (let k = 0; k < this.count; k++) if (this.weights[k] !== 0) kept++;
    // Sized once: claims are kept, and an array grown by pushing holds many empty slots.
    const list = new Array<Reason>(kept);
    let n = 0;
    for (let k = 0; k < this.count; k++) {
      const weight = this.weights[k] ?? 0;
      const code = this.codes[k];
      if (weight !== 0 && code) list[n++] = sharedReason(code, weight);
    }
    return list;
  }
}

function addQuantities(features: SentenceFeatures, reasons: ReasonTally): void {
  let best: [ReasonCode, number] | null = null;
  for (const q of features.quantities) {
    const w: [ReasonCode, number] = features.vague?.includes(q) ? ['has-number', W.vague] : quantityWeight(q);
    if (!best || w[1] > best[1]) best = w;
  }
  if (best) {
    reasons.add(best[0], best[1]);
    reasons.add(best[0], Math.min(features.quantities.length - 1, 2) * W.extraQuantity);
  } else if (features.result) reasons.add('has-number', W.result);
}

/** A duty of a concrete subject ("The city must close…"), not a demand on us or on anyone ("We must act"). */
export function reportsDuty(clause: Clause | null): boolean {
  return clause !== null && clause.subject === 'concrete' && clause.mood === 'obligation';
}

/** Speculation about what will happen: future wording with no decision, action or number behind it. */
function isVaguePrediction(f: SentenceFeatures, cues: CueCounts): boolean {
  if (cues.future === 0 || cues.event > 0 || f.pastAction || f.quantities.length > 0 || f.result || reportsDuty(f.clause)) return false;
  // "Die Regel gilt bis Ende Juni": a rule's validity in the present, not a forecast.
  return !(cues.law > 0 && f.clause !== null && f.clause.mood !== 'future');
}

/** Wording that makes a sentence something other than a plain statement of fact. */
function hasStance(f: SentenceFeatures, cues: CueCounts): boolean {
  return (
    cues.opinion + cues.belief + cues.evaluative + cues.feeling + cues.hedge + cues.framing + cues.promise + cues.normative > 0 ||
    cues.schedule + cues.greeting + cues.filler + cues.conditional > 0 ||
    (cues.obligation > 0 && !reportsDuty(f.clause)) ||
    f.question ||
    f.clockTime
  );
}

/**
 * A declarative statement of fact: a concrete subject, a finite verb in the indicative (or a duty),
 * and nothing that marks opinion, speculation, a wish, a question or logistics. Returns its weight,
 * or 0 when the sentence is not one.
 */
function declarativeWeight(f: SentenceFeatures, cues: CueCounts): number {
  const c = f.clause;
  if (!c || c.subject !== 'concrete' || hasStance(f, cues) || isVaguePrediction(f, cues)) return 0;
  if (c.mood === 'advice' || c.mood === 'possibility' || (c.mood === 'future' && cues.event + cues.law === 0)) return 0;
  return W.declarative + (c.tense === 'present' ? W.presentDeclarative : 0) + (c.nominal ? W.nominalDeclarative : 0);
}

function addCues(f: SentenceFeatures, cues: CueCounts, reasons: ReasonTally): number {
  const specific = f.quantities.length > 0 || f.result;
  const declarative = declarativeWeight(f, cues);
  if (f.entities.length > 0) reasons.add('named-entity', f.entities.length > 1 ? W.entities : W.entity);
  if (cues.time > 0 && !f.quantities.some((q) => q.kind === 'date')) reasons.add('date', W.timeReference);
  if (cues.event > 0) reasons.add('event', W.event);
  // The declarative reading already counts the finite verb that a past form shows.
  else if (f.pastAction && declarative === 0) reasons.add('event', W.pastAction);
  reasons.add('declarative', declarative);
  if (reportsDuty(f.clause)) reasons.add('decision', W.decision);
  // Konjunktiv I ("Die Behörde sei nicht informiert gewesen") reports a statement even where the speaker was named a sentence before.
  if ((f.speaker && f.reportsFact) || f.clause?.reported) reasons.add('reported-speech', W.reported);
  if (f.directQuote) reasons.add('direct-quote', W.directQuote);
  if (cues.comparison + cues.superlative > 0) reasons.add('comparison', W.comparison);
  if (cues.trend > 0) reasons.add('trend', W.trend);
  if (cues.causal > 0) reasons.add('causal', W.causal);
  if (cues.law > 0) reasons.add('law-or-rule', W.law);
  const statistic = cues.statistic > 0 ? (cues.statistic > 1 ? W.statistics : W.statistic) : 0;
  reasons.add('statistic-term', statistic);
  if (cues.topic > 0) reasons.add('public-interest', Math.min(W.topic, W.subjectCap - statistic));
  if (cues.future > 0 && cues.event === 0 && !f.pastAction) {
    if (specific) reasons.add('prediction', W.prediction);
    else if (isVaguePrediction(f, cues)) reasons.add('vague-prediction', W.vaguePrediction);
  }
  if (cues.opinion > 0) reasons.add('opinion-marker', W.opinion);
  else if (cues.belief > 0) reasons.add('opinion-marker', W.belief);
  reasons.add('evaluative-language', Math.max(-1.6, cues.evaluative * W.evaluative));
  reasons.add('feeling', Math.max(-1.8, cues.feeling * W.feeling));
  if (cues.hedge > 0) reasons.add('hedge', Math.max(-1.8, W.hedge + (cues.hedge - 1) * W.moreHedge));
  if (cues.framing > 0) reasons.add('author-framing', W.framing);
  // "We can't afford…", "You must understand…": the speaker's or audience's modal is a stance, not a fact.
  const personalModal = f.clause !== null && f.clause.subject === 'personal' && f.clause.mood !== 'indicative';
  if (cues.promise > 0 || personalModal) reasons.add('promise', W.promise);
  if (cues.normative > 0 || (cues.obligation > 0 && !reportsDuty(f.clause))) reasons.add('normative', W.normative);
  if (cues.schedule > 0) reasons.add('schedule', W.schedule);
  if (cues.greeting > 0) reasons.add('greeting', W.greeting);
  else if (cues.filler > 0) reasons.add('greeting', W.filler);
  if (cues.conditional > 0) reasons.add('conditional', W.conditional);
  return declarative;
}

/**
 * The hand-set rules' log-odds of one sentence being check-worthy; `reasons` holds the features
 * that moved it, in the order they were found. The trained model takes these as signals.
 */
export function ruleLogit(f: SentenceFeatures, reasons: ReasonTally = new ReasonTally()): number {
  reasons.reset();
  addQuantities(f, reasons);
  const declarative = f.cues ? addCues(f, f.cues, reasons) : 0;
  if (!f.cues) reasons.add('unsupported-language', -0.01);
  if (f.clockTime) reasons.add('schedule', W.clockTime);
  if (f.question) reasons.add('question', W.question);
  if (f.exclamation) reasons.add('exclamation', W.exclamation);
  if (f.wordCount < 3) reasons.add('too-short', W.veryShort);
  // A short plain statement ("Er hat nie Steuern gezahlt.") is as checkable as a long one.
  else if (f.wordCount < 7 && f.quantities.length === 0 && declarative === 0) reasons.add('too-short', W.short);
  return BIAS + reasons.round();
}

