import { z } from 'zod';
import { detectLanguage } from '../../claims/text/detect-language';
import { isClaimReviewType } from './claim-review-type';
import type { ExternalFactCheckRecord, FactCheckRefusal, ReadFactCheckResult } from '../match-types';

/** Longer than any claim a fact-checker words; a longer text is an article pasted by mistake. */
export const MAX_CLAIM_REVIEWED_LENGTH = 5000;

class Refusal extends Error {
  constructor(readonly reason: FactCheckRefusal, readonly field: string) {
    super(reason);
  }
}

const Thing = z.looseObject({});
type Thing = z.infer<typeof Thing>;

/** JSON-LD allows one value or a list, and a value object `{ "@value": … }`. */
function firstOf(v: unknown): unknown {
  const one = Array.isArray(v) ? v[0] : v;
  if (one && typeof one === 'object' && !Array.isArray(one) && '@value' in one) return (one as Record<string, unknown>)['@value'];
  return one;
}

function asThing(v: unknown): Thing | null {
  const r = Thing.safeParse(firstOf(v));
  return r.success ? r.data : null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Some publishers HTML-escape the text inside JSON-LD; the result is text, shown escaped wherever it goes. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

const Text = z
  .union([z.string(), z.number()])
  .transform((v) => decodeEntities(String(v)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1));

/** Longer than a review's explanation needs to be; the rest is cut, not refused. */
export const MAX_REVIEW_BODY_LENGTH = 20000;

function longText(v: unknown): string | null {
  const t = text(v);
  return t === null ? null : t.slice(0, MAX_REVIEW_BODY_LENGTH);
}

function text(v: unknown): string | null {
  const r = Text.safeParse(firstOf(v));
  return r.success ? r.data : null;
}

const RatingNumber = z.union([z.number(), z.string().trim().regex(/^-?\d+(?:[.,]\d+)?$/).transform((s) => Number(s.replace(',', '.')))]).pipe(z.number().finite());

function ratingNumber(v: unknown): number | null {
  const r = RatingNumber.safeParse(firstOf(v));
  return r.success ? r.data : null;
}

/** An http(s) address, or a refusal naming the field: `javascript:`, `data:` and the like never get in. */
function webAddress(v: unknown, field: string, required: boolean): string | null {
  const raw = text(v);
  if (raw === null) {
    if (required) throw new Refusal('missing-url', field);
    return null;
  }
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so do we before judging it.
  const squeezed = raw.replace(/[\s\u0000-\u001f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') throw new Refusal('unsafe-url', field);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Refusal('invalid-url', field);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal('unsafe-url', field);
  if (!url.hostname) throw new Refusal('invalid-url', field);
  return url.href;
}

const DateText = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/);

function dateOf(v: unknown): Date | null | 'invalid' {
  const raw = firstOf(v);
  if (raw === undefined || raw === null || raw === '') return null;
  const r = DateText.safeParse(raw);
  if (!r.success) return 'invalid';
  const d = new Date(r.data.length === 10 ? `${r.data}T00:00:00Z` : r.data.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? 'invalid' : d;
}

const LANGUAGE_NAMES: Record<string, string> = {
  german: 'de', deutsch: 'de', english: 'en', englisch: 'en', french: 'fr', französisch: 'fr', français: 'fr',
  spanish: 'es', spanisch: 'es', español: 'es', italian: 'it', italienisch: 'it', dutch: 'nl', niederländisch: 'nl',
  portuguese: 'pt', russian: 'ru', russisch: 'ru', ukrainian: 'uk', ukrainisch: 'uk', polish: 'pl', polnisch: 'pl', turkish: 'tr', türkisch: 'tr',
};

/** An ISO 639-1 code from "de", "de-DE", "German", "Deutsch" or `{ "@type": "Language", "name": … }`. */
function languageOf(v: unknown): string | null {
  const thing = asThing(v);
  const candidates = thing ? [thing.alternateName, thing.name] : [v];
  for (const c of candidates) {
    const s = text(c)?.toLowerCase();
    if (!s) continue;
    const code = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(s)?.[1];
    if (code) return code;
    const named = LANGUAGE_NAMES[s];
    if (named) return named;
  }
  return null;
}

/** The fact-checker: the first author (or publisher) with a name, an Organization before a Person. */
function authorOf(record: Thing): { name: string; url: string | null } {
  const list = [record.author, record.publisher].flatMap((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]));
  const ranked = [...list].sort((a, b) => Number(isOrganisation(b)) - Number(isOrganisation(a)));
  for (const a of ranked) {
    if (typeof a === 'string') {
      const name = text(a);
      if (name) return { name, url: null };
      continue;
    }
    const thing = asThing(a);
    const name = thing ? text(thing.name) ?? text(thing.legalName) ?? text(thing.alternateName) : null;
    if (thing && name) return { name, url: webAddress(thing.url ?? thing.sameAs, 'author.url', false) };
  }
  throw new Refusal('missing-author', 'author');
}

function isOrganisation(v: unknown): boolean {
  const thing = asThing(v);
  const t = thing?.['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && /Organi[sz]ation|NewsMediaOrganization|Corporation/.test(x));
}

function nameOf(v: unknown): string | null {
  if (typeof firstOf(v) === 'string') return text(v);
  const thing = asThing(v);
  return thing ? text(thing.name) : null;
}

function appearancesOf(item: Thing | null): string[] {
  if (!item) return [];
  const out: string[] = [];
  for (const field of ['firstAppearance', 'appearance'] as const) {
    const value = item[field];
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const a of list) {
      const thing = typeof a === 'string' ? null : asThing(a);
      const url = webAddress(thing ? thing.url : a, `itemReviewed.${field}`, false);
      if (url && !out.includes(url)) out.push(url);
    }
  }
  return out;
}

function read(record: unknown): ExternalFactCheckRecord {
  const parsed = Thing.safeParse(record);
  if (!parsed.success || Array.isArray(record)) throw new Refusal('not-an-object', 'record');
  const r = parsed.data;
  if (!isClaimReviewType(r['@type'])) throw new Refusal('not-a-claim-review', '@type');

  const claimReviewed = text(r.claimReviewed);
  if (!claimReviewed) throw new Refusal('missing-claim-reviewed', 'claimReviewed');
  if (claimReviewed.length > MAX_CLAIM_REVIEWED_LENGTH) throw new Refusal('claim-reviewed-too-long', 'claimReviewed');

  const rating = asThing(r.reviewRating);
  const label = rating ? text(rating.alternateName) ?? text(rating.name) : null;
  const value = rating ? ratingNumber(rating.ratingValue) : null;
  if (!rating || (label === null && value === null)) throw new Refusal('missing-rating', 'reviewRating');

  const author = authorOf(r);
  const url = webAddress(r.url, 'url', true) as string;

  const reviewDate = dateOf(r.datePublished);
  if (reviewDate === null) throw new Refusal('missing-date', 'datePublished');
  if (reviewDate === 'invalid') throw new Refusal('invalid-date', 'datePublished');

  const item = asThing(r.itemReviewed);
  const claimDate = item ? dateOf(item.datePublished) : null;
  const stated = languageOf(r.inLanguage) ?? (item ? languageOf(item.inLanguage) : null);
  const guessed = stated ?? detectLanguage(claimReviewed);

  return {
    url,
    claimReviewed,
    language: guessed,
    languageGuessed: stated === null,
    ratingLabel: label,
    ratingValue: value,
    ratingBest: ratingNumber(rating.bestRating),
    ratingWorst: ratingNumber(rating.worstRating),
    authorName: author.name,
    authorUrl: author.url,
    claimAuthor: item ? nameOf(item.author) : null,
    claimDate: claimDate instanceof Date ? claimDate : null,
    claimAppearances: appearancesOf(item),
    reviewDate,
    reviewBody: longText(r.reviewBody) ?? longText(rating.ratingExplanation) ?? longText(r.description),
  };
}

/**
 * Reads one schema.org ClaimReview record (already parsed JSON) into an external fact-check, or
 * says why it is refused: a stable reason code and the field it concerns. Addresses other than
 * http(s) are refused wherever they appear; text is kept as text.
 */
export function readClaimReview(record: unknown): ReadFactCheckResult {
  try {
    return { ok: true, factCheck: read(record) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.reason, field: e.field };
    throw e;
  }
}
